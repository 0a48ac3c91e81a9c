#include "runner.h"

#include <cmath>
#include <optional>

#include "expr/program.h"
#include "skip_features.h"

namespace ungap::conformance {

namespace {

using expr::Type;
using expr::Value;

std::optional<Type> to_type(const TextNode& t) {
  if (const TextNode* p = t.find("primitive")) {
    if (p->scalar == "BOOL") return Type::boolean();
    if (p->scalar == "INT64") return Type::integer();
    if (p->scalar == "DOUBLE") return Type::floating();
    if (p->scalar == "STRING") return Type::string();
    return std::nullopt;
  }
  if (t.find("null")) return Type::null();
  if (t.find("dyn")) return Type::dyn();
  if (const TextNode* l = t.find("list_type")) {
    auto elem = l->find("elem_type") ? to_type(*l->find("elem_type")) : Type::dyn();
    if (elem) return Type::list(*elem);
  }
  if (const TextNode* m = t.find("map_type")) {
    auto key = m->find("key_type") ? to_type(*m->find("key_type")) : Type::dyn();
    auto value = m->find("value_type") ? to_type(*m->find("value_type")) : Type::dyn();
    if (key && value) return Type::map(*key, *value);
  }
  return std::nullopt;
}

std::optional<Value> to_value(const TextNode& v);

std::optional<Value> to_map(const TextNode& m) {
  std::vector<expr::MapData::Entry> entries;
  for (const TextNode* e : m.all("entries")) {
    auto key = e->find("key") ? to_value(*e->find("key")) : std::nullopt;
    auto value = e->find("value") ? to_value(*e->find("value")) : std::nullopt;
    if (!key || !value) return std::nullopt;
    entries.emplace_back(*key, *value);
  }
  return Value::map(std::make_shared<const expr::MapData>(std::move(entries)));
}

std::optional<Value> to_timestamp(const TextNode& object) {
  if (object.children.size() != 1) return std::nullopt;
  const TextNode& t = object.children[0];
  return Value::timestamp({std::stoll(t.string_or("seconds", "0")),
                           static_cast<std::int32_t>(std::stol(t.string_or("nanos", "0")))});
}

std::optional<Value> to_value(const TextNode& v) {
  if (v.children.empty()) return std::nullopt;
  const TextNode& c = v.children[0];
  if (c.name == "null_value") return Value::null();
  if (c.name == "bool_value") return Value::boolean(c.scalar == "true");
  if (c.name == "int64_value") return Value::integer(std::stoll(c.scalar));
  if (c.name == "double_value") return Value::floating(std::strtod(c.scalar.c_str(), nullptr));
  if (c.name == "string_value") return Value::string(c.scalar);
  if (c.name == "object_value") return to_timestamp(c);
  if (c.name == "map_value") return to_map(c);
  if (c.name == "list_value") {
    expr::ValueList items;
    for (const TextNode* item : c.all("values")) {
      auto value = to_value(*item);
      if (!value) return std::nullopt;
      items.push_back(*value);
    }
    return Value::list(std::move(items));
  }
  return std::nullopt;
}

// Exact equality for the verdict: same kinds all the way down (1 is not 1.0 here), with
// NaN equal to NaN so that an expected NaN can be matched.
bool same(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Value::Kind::kDouble:
      return a.as_double() == b.as_double() ||
             (std::isnan(a.as_double()) && std::isnan(b.as_double()));
    case Value::Kind::kList: {
      if (a.as_list().size() != b.as_list().size()) return false;
      for (std::size_t i = 0; i < a.as_list().size(); ++i) {
        if (!same(a.as_list()[i], b.as_list()[i])) return false;
      }
      return true;
    }
    case Value::Kind::kMap: {
      if (a.as_map().size() != b.as_map().size()) return false;
      for (const auto& [k, v] : a.as_map().entries()) {
        const Value* other = b.as_map().find(k);
        if (!other || !same(v, *other)) return false;
      }
      return true;
    }
    default:
      return expr::values_equal(a, b);
  }
}

CaseResult fail(std::string detail) {
  return {Outcome::kFailed, std::move(detail)};
}

}  // namespace

CaseResult run_case(const TextNode& test) {
  if (auto feature = unsupported_feature(test); !feature.empty()) {
    return {Outcome::kSkipped, std::string(feature)};
  }
  expr::Env env;
  for (const TextNode* decl : test.all("type_env")) {
    const TextNode* ident = decl->find("ident");
    auto type = ident && ident->find("type") ? to_type(*ident->find("type")) : std::nullopt;
    if (!type) return fail("unreadable type_env");
    env.add(decl->string_or("name", ""), *type);
  }
  std::vector<std::pair<std::string, Value>> bindings;
  for (const TextNode* b : test.all("bindings")) {
    std::string name = b->string_or("key", "");
    const TextNode* holder = b->find("value");
    auto value = holder && holder->find("value") ? to_value(*holder->find("value")) : std::nullopt;
    if (!value) return fail("unreadable binding " + name);
    if (env.find(name) < 0) env.add(name, Type::dyn());
    bindings.emplace_back(name, *value);
  }
  expr::CompileOptions options;
  options.check_types = test.string_or("disable_check", "false") != "true";
  expr::CompileResult compiled = expr::compile(test.string_or("expr", ""), env, options);
  bool expects_error = test.find("eval_error") || test.find("any_eval_errors");
  if (!compiled.ok()) {
    if (expects_error) return {Outcome::kPassed, ""};
    return fail("compile error: " + compiled.errors[0].message);
  }
  expr::Activation activation(env);
  for (auto& [name, value] : bindings) activation.set(name, value);
  Value result = compiled.program->evaluate(activation);
  if (expects_error) {
    return result.is_error() ? CaseResult{Outcome::kPassed, ""}
                             : fail("expected an error, got " + result.debug_string());
  }
  const TextNode* expected_node = test.find("value");
  std::optional<Value> expected =
      expected_node ? to_value(*expected_node) : std::optional<Value>(Value::boolean(true));
  if (!expected) return fail("unreadable expected value");
  if (!same(*expected, result)) {
    return fail("expected " + expected->debug_string() + ", got " + result.debug_string());
  }
  return {Outcome::kPassed, ""};
}

}  // namespace ungap::conformance
