#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "expr/timestamp.h"
#include "expr/type.h"

namespace ungap::expr {

class Value;
class MapData;
struct ObjectData;
struct ErrorData;

using ValueList = std::vector<Value>;

// A run-time value. Copies are cheap: strings, lists, maps, objects and errors are immutable
// payloads shared between copies, so passing a claim's topics around never copies the list.
class Value {
 public:
  // The order matches the variant's alternatives.
  enum class Kind {
    kNull,
    kBool,
    kInt,
    kDouble,
    kString,
    kList,
    kMap,
    kTimestamp,
    kObject,
    kError
  };

  Value() = default;  // null
  static Value null() { return Value(); }
  static Value boolean(bool b) { return Value(Storage(std::in_place_index<1>, b)); }
  static Value integer(std::int64_t i) { return Value(Storage(std::in_place_index<2>, i)); }
  static Value floating(double d) { return Value(Storage(std::in_place_index<3>, d)); }
  static Value string(std::string s);
  static Value string(std::shared_ptr<const std::string> s);
  static Value list(ValueList items);
  static Value list(std::shared_ptr<const ValueList> items);
  static Value map(std::shared_ptr<const MapData> map);
  static Value timestamp(Timestamp t) { return Value(Storage(std::in_place_index<7>, t)); }
  static Value object(std::shared_ptr<const ObjectData> object);
  static Value error(std::string message);

  Kind kind() const { return static_cast<Kind>(m_storage.index()); }
  bool is_error() const { return kind() == Kind::kError; }
  bool is_bool() const { return kind() == Kind::kBool; }

  bool as_bool() const { return std::get<1>(m_storage); }
  std::int64_t as_int() const { return std::get<2>(m_storage); }
  double as_double() const { return std::get<3>(m_storage); }
  const std::string& as_string() const { return *std::get<4>(m_storage); }
  const ValueList& as_list() const { return *std::get<5>(m_storage); }
  const MapData& as_map() const { return *std::get<6>(m_storage); }
  Timestamp as_timestamp() const { return std::get<7>(m_storage); }
  const ObjectData& as_object() const { return *std::get<8>(m_storage); }
  const std::string& error_message() const;

  // A readable rendering for messages and test output (strings quoted, lists in brackets).
  std::string debug_string() const;

 private:
  using Storage =
      std::variant<std::monostate, bool, std::int64_t, double, std::shared_ptr<const std::string>,
                   std::shared_ptr<const ValueList>, std::shared_ptr<const MapData>, Timestamp,
                   std::shared_ptr<const ObjectData>, std::shared_ptr<const ErrorData>>;
  explicit Value(Storage s) : m_storage(std::move(s)) {}
  Storage m_storage;
};

const char* kind_name(Value::Kind kind);

struct ErrorData {
  std::string message;
};

// Map entries in insertion order. Lookups are linear: rule data maps are small, and CEL's
// numeric key equality (1 == 1.0) rules out a plain hash on the representation.
class MapData {
 public:
  using Entry = std::pair<Value, Value>;
  MapData() = default;
  explicit MapData(std::vector<Entry> entries) : m_entries(std::move(entries)) {}

  const Value* find(const Value& key) const;
  const Value* find(std::string_view key) const;
  const std::vector<Entry>& entries() const { return m_entries; }
  std::size_t size() const { return m_entries.size(); }

 private:
  std::vector<Entry> m_entries;
};

// An object of a declared ObjectType: fields by declared index, each with a presence flag.
struct ObjectData {
  std::shared_ptr<const ObjectType> type;
  ValueList fields;
  std::vector<bool> present;
};

// Builds an object positionally; unset fields are absent (has() is false, reading is an error).
class ObjectBuilder {
 public:
  explicit ObjectBuilder(std::shared_ptr<const ObjectType> type);
  ObjectBuilder& set(int field, Value value);
  // Hands over the object; the builder is spent afterwards.
  Value build();

 private:
  std::shared_ptr<ObjectData> m_data;
};

// CEL equality: numbers compare across int and double, lists and maps element-wise,
// values of different kinds are unequal.
bool values_equal(const Value& a, const Value& b);

}  // namespace ungap::expr
