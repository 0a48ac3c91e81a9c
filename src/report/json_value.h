#pragma once
// The JSON reader for the reports ungap itself wrote (`diff`, `check --baseline`): simdjson's
// DOM, which validates UTF-8 and escapes, with ungap's depth limit and its refusal of control
// and bidirectional characters. JsonValue is a view into that DOM (no copy of the document):
// valid while the JsonDocument that parsed it lives. docs/architecture.md says why simdjson.
#include <simdjson.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ungap::report {

class JsonValue;

// An array's elements, or nothing when the value is not an array.
class JsonItems {
 public:
  class Iterator {
   public:
    explicit Iterator(simdjson::dom::array::iterator it) : m_it(it) {}
    JsonValue operator*() const;
    Iterator& operator++() { return ++m_it, *this; }
    bool operator!=(const Iterator& other) const { return m_it != other.m_it; }

   private:
    simdjson::dom::array::iterator m_it;
  };
  JsonItems() = default;
  explicit JsonItems(simdjson::dom::array array) : m_array(array), m_present(true) {}
  Iterator begin() const;
  Iterator end() const;
  std::size_t size() const { return m_present ? m_array.size() : 0; }
  JsonValue operator[](std::size_t i) const;  // a null value past the end

 private:
  simdjson::dom::array m_array;
  bool m_present = false;
};

// An object's members in document order, or nothing when the value is not an object.
class JsonMembers {
 public:
  class Iterator {
   public:
    explicit Iterator(simdjson::dom::object::iterator it) : m_it(it) {}
    std::pair<std::string_view, JsonValue> operator*() const;
    Iterator& operator++() { return ++m_it, *this; }
    bool operator!=(const Iterator& other) const { return m_it != other.m_it; }

   private:
    simdjson::dom::object::iterator m_it;
  };
  JsonMembers() = default;
  explicit JsonMembers(simdjson::dom::object object) : m_object(object), m_present(true) {}
  Iterator begin() const;
  Iterator end() const;

 private:
  simdjson::dom::object m_object;
  bool m_present = false;
};

class JsonValue {
 public:
  JsonValue() = default;  // null, as is a missing member
  explicit JsonValue(simdjson::dom::element element) : m_element(element), m_present(true) {}

  bool is_object() const { return m_present && m_element.is_object(); }
  bool is_array() const { return m_present && m_element.is_array(); }
  // The member `key` of an object, or a null value when absent or not an object.
  JsonValue operator[](std::string_view key) const;
  JsonItems items() const;      // array elements
  JsonMembers members() const;  // object members
  // The string, or "" when the value is not a string.
  std::string str() const;
  std::optional<double> number() const;
  bool boolean() const;

 private:
  simdjson::dom::element m_element;
  bool m_present = false;
};

// A parsed document: owns the parser whose DOM its root's views read.
class JsonDocument {
 public:
  explicit JsonDocument(std::unique_ptr<simdjson::dom::parser> parser, JsonValue root)
      : m_parser(std::move(parser)), m_root(root) {}
  const JsonValue& root() const { return m_root; }
  JsonValue operator[](std::string_view key) const { return m_root[key]; }

 private:
  std::unique_ptr<simdjson::dom::parser> m_parser;
  JsonValue m_root;
};

struct JsonParseResult {
  std::optional<JsonDocument> value;
  std::string error;  // the reason, with a byte offset where one is known, when value is empty
};

// The most a document may be: simdjson's limit (its offsets are 32 bits).
inline constexpr std::size_t kMaxJsonBytes = simdjson::SIMDJSON_MAXSIZE_BYTES;

// Parses `text`; without a copy when `text` is followed by simdjson::SIMDJSON_PADDING readable
// bytes (see `padded`), else through a padded copy.
JsonParseResult parse_json(std::string_view text, bool padded = false);

}  // namespace ungap::report
