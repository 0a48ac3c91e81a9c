#pragma once
// A schema is a table of keys: for each key, whether it is required, its type (for messages and
// for the JSON Schemas `ungap schema` prints) and how to read it. read_map() applies a table to
// a mapping: unknown keys get a "did you mean", duplicate keys and missing required keys are
// reported, and every known key is read.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "load/reader.h"

namespace ungap::load {

enum class ValueType {
  kString,
  kId,
  kRef,
  kDate,
  kInt,
  kNumber,
  kBool,
  kEnum,
  kStringList,
  kIdList,
  kRefList,
  kExpr,
  kAnyMap,
  kAny,
  kObject,
  kObjectList,
  kPass,
  kExpectation,
  kExpectationMap
};

struct KeyTable;

struct KeyInfo {
  std::string_view key;
  bool required = false;
  ValueType type = ValueType::kString;
  std::string_view description;
  std::vector<std::string> (*values)() = nullptr;  // allowed spellings, for kEnum
  const KeyTable& (*nested)() = nullptr;           // the table of a kObject / kObjectList
};

struct KeyTable {
  std::string_view name;  // as used in messages: "obligation", "claim", ...
  std::string_view description;
  std::vector<KeyInfo> keys;
};

template <typename T>
struct Field {
  KeyInfo info;
  void (*read)(Reader&, const YNode&, T&);
};

template <typename T>
class Schema {
 public:
  Schema(std::string_view name, std::string_view description, std::vector<Field<T>> fields)
      : m_fields(std::move(fields)), m_table{name, description, {}} {
    for (const auto& f : m_fields) m_table.keys.push_back(f.info);
  }
  const KeyTable& table() const { return m_table; }
  const Field<T>& field(std::size_t row) const { return m_fields[row]; }

 private:
  std::vector<Field<T>> m_fields;
  KeyTable m_table;
};

// Checks the keys of `map` against `table`; calls `read_key(i, index)` for each known key,
// where i is the pair's index and index the key's row in the table.
bool check_keys(Reader& r, const YNode& map, const KeyTable& table,
                const std::function<void(std::size_t pair, std::size_t row)>& read_key);

template <typename T>
bool read_map(Reader& r, const YNode& map, const Schema<T>& schema, T& out) {
  return check_keys(r, map, schema.table(), [&](std::size_t pair, std::size_t row) {
    schema.field(row).read(r, map.val(pair), out);
  });
}

}  // namespace ungap::load
