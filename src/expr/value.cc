#include "expr/value.h"

#include <fmt/format.h>

#include <cmath>

#include "expr/numeric.h"

namespace ungap::expr {

Value Value::string(std::string s) {
  return Value(Storage(std::in_place_index<4>, std::make_shared<const std::string>(std::move(s))));
}

Value Value::string(std::shared_ptr<const std::string> s) {
  return Value(Storage(std::in_place_index<4>, std::move(s)));
}

Value Value::list(ValueList items) {
  return Value(
      Storage(std::in_place_index<5>, std::make_shared<const ValueList>(std::move(items))));
}

Value Value::list(std::shared_ptr<const ValueList> items) {
  return Value(Storage(std::in_place_index<5>, std::move(items)));
}

Value Value::map(std::shared_ptr<const MapData> map) {
  return Value(Storage(std::in_place_index<6>, std::move(map)));
}

Value Value::object(std::shared_ptr<const ObjectData> object) {
  return Value(Storage(std::in_place_index<8>, std::move(object)));
}

Value Value::error(std::string message) {
  return Value(Storage(std::in_place_index<9>,
                       std::make_shared<const ErrorData>(ErrorData{std::move(message)})));
}

const std::string& Value::error_message() const {
  return std::get<9>(m_storage)->message;
}

const char* kind_name(Value::Kind kind) {
  static constexpr const char* kNames[] = {"null", "bool", "int",       "double", "string",
                                           "list", "map",  "timestamp", "object", "error"};
  return kNames[static_cast<int>(kind)];
}

std::string Value::debug_string() const {
  switch (kind()) {
    case Kind::kNull:
      return "null";
    case Kind::kBool:
      return as_bool() ? "true" : "false";
    case Kind::kInt:
      return std::to_string(as_int());
    case Kind::kDouble:
      return fmt::format("{}", as_double());
    case Kind::kString:
      return fmt::format("'{}'", as_string());
    case Kind::kTimestamp:
      return fmt::format("timestamp('{}')", format_rfc3339(as_timestamp()));
    case Kind::kError:
      return fmt::format("error({})", error_message());
    case Kind::kList: {
      std::string out = "[";
      for (const Value& v : as_list()) out += (out.size() > 1 ? ", " : "") + v.debug_string();
      return out + "]";
    }
    case Kind::kMap: {
      std::string out = "{";
      for (const auto& [k, v] : as_map().entries()) {
        out += (out.size() > 1 ? ", " : "") + k.debug_string() + ": " + v.debug_string();
      }
      return out + "}";
    }
    case Kind::kObject: {
      const ObjectData& o = as_object();
      std::string out = o.type->name + "{";
      for (std::size_t i = 0; i < o.fields.size(); ++i) {
        if (!o.present[i]) continue;
        out += (out.back() == '{' ? "" : ", ") + o.type->fields[i].name + ": " +
               o.fields[i].debug_string();
      }
      return out + "}";
    }
  }
  return "?";
}

const Value* MapData::find(const Value& key) const {
  for (const Entry& e : m_entries) {
    if (values_equal(e.first, key)) return &e.second;
  }
  return nullptr;
}

const Value* MapData::find(std::string_view key) const {
  for (const Entry& e : m_entries) {
    if (e.first.kind() == Value::Kind::kString && e.first.as_string() == key) return &e.second;
  }
  return nullptr;
}

ObjectBuilder::ObjectBuilder(std::shared_ptr<const ObjectType> type)
    : m_data(std::make_shared<ObjectData>()) {
  m_data->fields.resize(type->fields.size());
  m_data->present.resize(type->fields.size(), false);
  m_data->type = std::move(type);
}

ObjectBuilder& ObjectBuilder::set(int field, Value value) {
  m_data->fields.at(field) = std::move(value);
  m_data->present.at(field) = true;
  return *this;
}

Value ObjectBuilder::build() {
  return Value::object(std::move(m_data));
}

namespace {

bool lists_equal(const ValueList& a, const ValueList& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!values_equal(a[i], b[i])) return false;
  }
  return true;
}

bool maps_equal(const MapData& a, const MapData& b) {
  if (a.size() != b.size()) return false;
  for (const auto& [key, value] : a.entries()) {
    const Value* other = b.find(key);
    if (!other || !values_equal(value, *other)) return false;
  }
  return true;
}

bool objects_equal(const ObjectData& a, const ObjectData& b) {
  if (a.type != b.type) return false;
  for (std::size_t i = 0; i < a.fields.size(); ++i) {
    if (a.present[i] != b.present[i]) return false;
    if (a.present[i] && !values_equal(a.fields[i], b.fields[i])) return false;
  }
  return true;
}

}  // namespace

bool values_equal(const Value& a, const Value& b) {
  using K = Value::Kind;
  if (is_number(a) && is_number(b)) return compare_numbers(a, b) == 0;
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case K::kNull:
      return true;
    case K::kBool:
      return a.as_bool() == b.as_bool();
    case K::kString:
      return a.as_string() == b.as_string();
    case K::kTimestamp:
      return a.as_timestamp() == b.as_timestamp();
    case K::kList:
      return lists_equal(a.as_list(), b.as_list());
    case K::kMap:
      return maps_equal(a.as_map(), b.as_map());
    case K::kObject:
      return objects_equal(a.as_object(), b.as_object());
    default:
      return false;
  }
}

}  // namespace ungap::expr
