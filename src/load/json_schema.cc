#include "load/json_schema.h"

#include <map>

#include "load/file_kinds.h"
#include "model/enums.h"
#include "util/json_writer.h"

namespace ungap::load {

namespace {

constexpr std::string_view kIdPattern = "^[a-z0-9][a-z0-9._-]*$";
constexpr std::string_view kRefPattern = "^[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._-]*$";
constexpr std::string_view kDatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

std::string def_name(std::string_view table_name) {
  std::string out;
  for (char c : table_name) out += c == ' ' ? '-' : c;
  return out;
}

void collect(const KeyTable& t, std::map<std::string, const KeyTable*>& defs) {
  for (const auto& k : t.keys) {
    if (!k.nested) continue;
    const KeyTable& n = k.nested();
    if (defs.emplace(def_name(n.name), &n).second) collect(n, defs);
  }
}

void string_with_pattern(util::JsonWriter& w, std::string_view pattern) {
  w.begin_object().field("type", "string").field("pattern", pattern).end_object();
}

void ref(util::JsonWriter& w, const KeyTable& t) {
  w.begin_object().field("$ref", "#/$defs/" + def_name(t.name)).end_object();
}

template <typename Item>
void array_of(util::JsonWriter& w, Item item) {
  w.begin_object().field("type", "array").key("items");
  item();
  w.end_object();
}

void type_only(util::JsonWriter& w, std::string_view type) {
  w.begin_object().field("type", type).end_object();
}

void expectation_map(util::JsonWriter& w, const KeyInfo& k) {
  w.begin_object().field("type", "object");
  w.key("propertyNames");
  string_with_pattern(w, kRefPattern);
  w.key("additionalProperties").begin_object().key("anyOf").begin_array();
  w.begin_object().string_array("enum", model::enum_spellings<model::Status>()).end_object();
  ref(w, k.nested());
  w.end_array().end_object().end_object();
}

void pass_condition(util::JsonWriter& w) {
  w.begin_object().key("anyOf").begin_array();
  w.begin_object().string_array("enum", {"all", "any"}).end_object();
  w.begin_object().field("type", "integer").field("minimum", 1).end_object();
  w.end_array().end_object();
}

void property(util::JsonWriter& w, const KeyInfo& k) {
  switch (k.type) {
    case ValueType::kString:
    case ValueType::kExpr:
      return type_only(w, "string");
    case ValueType::kId:
      return string_with_pattern(w, kIdPattern);
    case ValueType::kRef:
      return string_with_pattern(w, kRefPattern);
    case ValueType::kDate:
      return string_with_pattern(w, kDatePattern);
    case ValueType::kInt:
      return type_only(w, "integer");
    case ValueType::kNumber:
      return type_only(w, "number");
    case ValueType::kBool:
      return type_only(w, "boolean");
    case ValueType::kEnum:
      w.begin_object().string_array("enum", k.values()).end_object();
      return;
    case ValueType::kStringList:
      return array_of(w, [&] { type_only(w, "string"); });
    case ValueType::kIdList:
      return array_of(w, [&] { string_with_pattern(w, kIdPattern); });
    case ValueType::kRefList:
      return array_of(w, [&] { string_with_pattern(w, kRefPattern); });
    case ValueType::kAnyMap:
      return type_only(w, "object");
    case ValueType::kAny:
      w.begin_object().end_object();
      return;
    case ValueType::kObject:
    case ValueType::kExpectation:
      return ref(w, k.nested());
    case ValueType::kObjectList:
      return array_of(w, [&] { ref(w, k.nested()); });
    case ValueType::kPass:
      return pass_condition(w);
    case ValueType::kExpectationMap:
      return expectation_map(w, k);
  }
}

// The members of an object schema, written into an object the caller has opened.
void object_members(util::JsonWriter& w, const KeyTable& t) {
  w.field("type", "object");
  if (!t.description.empty()) w.field("description", t.description);
  w.key("properties").begin_object();
  for (const auto& k : t.keys) {
    w.key(k.key).begin_object();
    if (!k.description.empty()) w.field("description", k.description);
    w.key("allOf").begin_array();
    property(w, k);
    w.end_array().end_object();
  }
  w.end_object();
  std::vector<std::string> required;
  for (const auto& k : t.keys)
    if (k.required) required.emplace_back(k.key);
  if (!required.empty()) w.string_array("required", required);
  w.field("additionalProperties", false);
}

}  // namespace

std::vector<std::string> schema_kinds() {
  std::vector<std::string> out;
  for (const auto& k : file_kinds()) out.emplace_back(k.name);
  return out;
}

std::string json_schema(std::string_view kind) {
  const FileKindInfo* info = nullptr;
  for (const auto& k : file_kinds())
    if (k.name == kind) info = &k;
  if (!info) return {};
  const KeyTable& top = info->table();
  std::map<std::string, const KeyTable*> defs;
  collect(top, defs);
  util::JsonWriter w;
  w.begin_object();
  w.field("$schema", "https://json-schema.org/draft/2020-12/schema");
  w.field("$id", "https://ungap.dev/schemas/" + std::string(kind) + ".schema.json");
  w.field("title", "ungap " + std::string(kind) + " file");
  object_members(w, top);
  if (!defs.empty()) {
    w.key("$defs").begin_object();
    for (const auto& [name, table] : defs) {
      w.key(name).begin_object();
      object_members(w, *table);
      w.end_object();
    }
    w.end_object();
  }
  w.end_object();
  return w.take() + "\n";
}

}  // namespace ungap::load
