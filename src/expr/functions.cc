#include "expr/functions.h"

#include <fmt/format.h>

#include <algorithm>

namespace ungap::expr {

const std::vector<Overload>& overloads() {
  static const std::vector<Overload> table = [] {
    std::vector<Overload> out;
    add_operator_overloads(out);
    add_string_overloads(out);
    add_conversion_overloads(out);
    return out;
  }();
  return table;
}

bool function_exists(std::string_view name) {
  const auto& table = overloads();
  return std::any_of(table.begin(), table.end(),
                     [&](const Overload& o) { return o.function == name; });
}

std::vector<std::string_view> function_names() {
  std::vector<std::string_view> names;
  for (const Overload& o : overloads()) {
    bool is_operator =
        o.function.front() == '_' || o.function.front() == '@' || o.function.back() == '_';
    if (!is_operator && std::find(names.begin(), names.end(), o.function) == names.end()) {
      names.push_back(o.function);
    }
  }
  for (std::string_view macro : {"all", "exists", "exists_one", "filter", "map", "has"}) {
    names.push_back(macro);
  }
  return names;
}

namespace {

constexpr TypeKind kParamTypes[] = {TypeKind::kDyn,       TypeKind::kNull,   TypeKind::kBool,
                                    TypeKind::kInt,       TypeKind::kDouble, TypeKind::kString,
                                    TypeKind::kTimestamp, TypeKind::kList,   TypeKind::kMap};
constexpr Value::Kind kParamValues[] = {
    Value::Kind::kNull,      Value::Kind::kNull,   Value::Kind::kBool,
    Value::Kind::kInt,       Value::Kind::kDouble, Value::Kind::kString,
    Value::Kind::kTimestamp, Value::Kind::kList,   Value::Kind::kMap};

}  // namespace

bool param_accepts(Param param, const Type& type) {
  return param == Param::kAny || type.is_dyn() ||
         type.kind() == kParamTypes[static_cast<int>(param)];
}

bool param_accepts(Param param, const Value& value) {
  return param == Param::kAny || value.kind() == kParamValues[static_cast<int>(param)];
}

Value no_matching_overload(std::string_view function, const Value* args, std::size_t count) {
  std::string kinds;
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) kinds += ", ";
    kinds += args[i].kind() == Value::Kind::kObject ? args[i].as_object().type->name
                                                    : kind_name(args[i].kind());
  }
  return Value::error(
      fmt::format("no matching overload for '{}' applied to ({})", function, kinds));
}

}  // namespace ungap::expr
