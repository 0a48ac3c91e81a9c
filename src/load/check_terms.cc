// The words the data uses (topics, contexts, sectors, scope customers and products), checked
// against the workspace's vocabulary once every file is read. A word outside it is an error:
// rules match on words, so a misspelt one silently changes verdicts.
#include <fmt/format.h>

#include <map>
#include <unordered_set>

#include "load/vocabulary_file.h"
#include "util/suggest.h"

namespace ungap::load {

namespace {

void check_duplicates(const model::Vocabulary& v, util::Diagnostics& diags) {
  for (const auto& f : model::term_fields()) {
    std::map<std::string, util::Location> seen;
    for (const auto& t : v.of(f.field)) {
      auto [it, inserted] = seen.emplace(t.id, t.loc);
      if (!inserted)
        diags.error(t.loc,
                    fmt::format("duplicate {} '{}' (first defined at {})", f.singular, t.id,
                                it->second.str()),
                    "duplicate-id");
    }
  }
}

std::vector<std::string> ids(const std::vector<model::Term>& terms) {
  std::vector<std::string> out;
  for (const auto& t : terms) out.push_back(t.id);
  return out;
}

}  // namespace

void check_terms(const model::Workspace& ws, util::Diagnostics& diags) {
  const model::Vocabulary& v = ws.vocabulary;
  if (!v.present) return;
  check_duplicates(v, diags);
  std::array<std::unordered_set<util::Symbol>, model::kTermFieldCount> known;
  for (const auto& f : model::term_fields())
    for (const auto& t : v.of(f.field))
      known[static_cast<std::size_t>(f.field)].insert(util::intern(t.id));
  for (const auto& file : ws.term_uses)
    for (const auto& use : file) {
      auto i = static_cast<std::size_t>(use.field);
      if (!v.declared[i] || known[i].count(use.term)) continue;
      const auto& f = model::term_field(use.field);
      std::string times =
          use.count > 1 ? fmt::format(" (used {} times in this file)", use.count) : "";
      diags.error(use.first,
                  fmt::format("{} '{}' is not in the vocabulary{}{}", f.singular, *use.term,
                              util::did_you_mean(*use.term, ids(v.of(use.field))), times),
                  "undeclared-term");
    }
}

}  // namespace ungap::load
