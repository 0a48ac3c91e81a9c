#pragma once
// A small JSON reader for the reports ungap itself wrote (`diff`, `check --baseline`): values,
// objects in document order, a depth limit, and an error with its byte offset.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ungap::report {

class JsonValue {
 public:
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };

  Type type() const { return m_type; }
  bool is_object() const { return m_type == Type::kObject; }
  bool is_array() const { return m_type == Type::kArray; }
  // The member `key` of an object, or a null value when absent or not an object.
  const JsonValue& operator[](std::string_view key) const;
  const std::vector<JsonValue>& items() const { return m_items; }  // array elements
  const std::vector<std::pair<std::string, JsonValue>>& members() const { return m_members; }
  // The string, or "" when the value is not a string.
  const std::string& str() const { return m_string; }
  std::optional<double> number() const;
  bool boolean() const { return m_type == Type::kBool && m_bool; }

 private:
  friend class JsonParser;
  Type m_type = Type::kNull;
  bool m_bool = false;
  double m_number = 0;
  std::string m_string;
  std::vector<JsonValue> m_items;
  std::vector<std::pair<std::string, JsonValue>> m_members;
};

struct JsonParseResult {
  std::optional<JsonValue> value;
  std::string error;  // "offset N: message" when value is empty
};

JsonParseResult parse_json(std::string_view text);

}  // namespace ungap::report
