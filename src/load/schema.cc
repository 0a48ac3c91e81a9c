#include "load/schema.h"

#include <fmt/format.h>

#include "util/suggest.h"
#include "util/text.h"

namespace ungap::load {

static std::vector<std::string> key_names(const KeyTable& table) {
  std::vector<std::string> out;
  for (const auto& k : table.keys) out.emplace_back(k.key);
  return out;
}

bool check_keys(Reader& r, const YNode& map, const KeyTable& table,
                const std::function<void(std::size_t, std::size_t)>& read_key) {
  if (!r.expect_map(map, fmt::format("{}", table.name))) return false;
  std::vector<const YNode*> seen(table.keys.size(), nullptr);
  for (std::size_t i = 0; i < map.pair_count(); ++i) {
    const YNode& key = map.key(i);
    if (key.is_merge_key()) continue;
    if (!key.is_scalar()) {
      r.error(key, fmt::format("keys must be strings, found {}", describe(key)), "wrong-type");
      continue;
    }
    std::size_t row = 0;
    while (row < table.keys.size() && table.keys[row].key != key.value) ++row;
    if (row == table.keys.size()) {
      r.error(key,
              fmt::format("unknown key '{}' in {}{}", util::ellipsize(key.value, 60), table.name,
                          util::did_you_mean(key.value, key_names(table))),
              "unknown-key");
      continue;
    }
    if (seen[row]) {
      r.error(key,
              fmt::format("duplicate key '{}' in {} (first at line {})", key.value, table.name,
                          seen[row]->line),
              "duplicate-key");
      continue;
    }
    seen[row] = &key;
    read_key(i, row);
  }
  bool complete = true;
  for (std::size_t row = 0; row < table.keys.size(); ++row) {
    if (table.keys[row].required && !seen[row]) {
      r.error(map, fmt::format("missing required key '{}' in {}", table.keys[row].key, table.name),
              "missing-key");
      complete = false;
    }
  }
  return complete;
}

}  // namespace ungap::load
