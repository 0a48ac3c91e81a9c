// Overloads of CEL's operators: arithmetic, comparison, equality, membership and indexing.
#include <fmt/format.h>

#include <cmath>

#include "expr/functions.h"
#include "expr/numeric.h"

namespace ungap::expr {

namespace {

using P = Param;
using T = TypeKind;

Value overflow() {
  return Value::error("integer overflow");
}

Value int_result(std::optional<std::int64_t> r) {
  return r ? Value::integer(*r) : overflow();
}

Value add_int(const Value* a, const Expr&) {
  return int_result(checked_add(a[0].as_int(), a[1].as_int()));
}
Value sub_int(const Value* a, const Expr&) {
  return int_result(checked_sub(a[0].as_int(), a[1].as_int()));
}
Value mul_int(const Value* a, const Expr&) {
  return int_result(checked_mul(a[0].as_int(), a[1].as_int()));
}

Value div_int(const Value* a, const Expr&) {
  std::int64_t x = a[0].as_int(), y = a[1].as_int();
  if (y == 0) return Value::error("division by zero");
  if (x == INT64_MIN && y == -1) return overflow();
  return Value::integer(x / y);
}

Value mod_int(const Value* a, const Expr&) {
  std::int64_t x = a[0].as_int(), y = a[1].as_int();
  if (y == 0) return Value::error("modulus by zero");
  if (x == INT64_MIN && y == -1) return overflow();
  return Value::integer(x % y);
}

Value neg_int(const Value* a, const Expr&) {
  if (a[0].as_int() == INT64_MIN) return overflow();
  return Value::integer(-a[0].as_int());
}

Value add_double(const Value* a, const Expr&) {
  return Value::floating(a[0].as_double() + a[1].as_double());
}
Value sub_double(const Value* a, const Expr&) {
  return Value::floating(a[0].as_double() - a[1].as_double());
}
Value mul_double(const Value* a, const Expr&) {
  return Value::floating(a[0].as_double() * a[1].as_double());
}
Value div_double(const Value* a, const Expr&) {
  return Value::floating(a[0].as_double() / a[1].as_double());
}
Value neg_double(const Value* a, const Expr&) {
  return Value::floating(-a[0].as_double());
}

Value add_string(const Value* a, const Expr&) {
  return Value::string(a[0].as_string() + a[1].as_string());
}

Value add_list(const Value* a, const Expr&) {
  if (a[1].as_list().empty()) return a[0];
  if (a[0].as_list().empty()) return a[1];
  ValueList out = a[0].as_list();
  out.insert(out.end(), a[1].as_list().begin(), a[1].as_list().end());
  return Value::list(std::move(out));
}

Value not_bool(const Value* a, const Expr&) {
  return Value::boolean(!a[0].as_bool());
}

Value equal(const Value* a, const Expr&) {
  return Value::boolean(values_equal(a[0], a[1]));
}
Value not_equal(const Value* a, const Expr&) {
  return Value::boolean(!values_equal(a[0], a[1]));
}

// -1, 0, 1, or 2 when unordered; values have the kinds of a comparison overload.
int compare(const Value& a, const Value& b) {
  switch (a.kind()) {
    case Value::Kind::kString: {
      int c = a.as_string().compare(b.as_string());
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case Value::Kind::kBool:
      return a.as_bool() == b.as_bool() ? 0 : a.as_bool() ? 1 : -1;
    case Value::Kind::kTimestamp: {
      auto c = a.as_timestamp() <=> b.as_timestamp();
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    default:
      return compare_numbers(a, b);
  }
}

template <bool (*Test)(int)>
Value compare_with(const Value* a, const Expr&) {
  return Value::boolean(Test(compare(a[0], a[1])));
}

bool lt(int c) {
  return c == -1;
}
bool le(int c) {
  return c == -1 || c == 0;
}
bool gt(int c) {
  return c == 1;
}
bool ge(int c) {
  return c == 1 || c == 0;
}

Value in_list(const Value* a, const Expr&) {
  for (const Value& v : a[1].as_list()) {
    if (values_equal(a[0], v)) return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value in_map(const Value* a, const Expr&) {
  return Value::boolean(a[1].as_map().find(a[0]) != nullptr);
}

Value index_list(const Value* a, const Expr&) {
  const ValueList& list = a[0].as_list();
  std::int64_t i;
  if (a[1].kind() == Value::Kind::kInt) {
    i = a[1].as_int();
  } else {
    double d = a[1].as_double();
    if (d != std::trunc(d)) return Value::error(fmt::format("invalid list index {}", d));
    i = static_cast<std::int64_t>(d);
  }
  if (i < 0 || static_cast<std::uint64_t>(i) >= list.size()) {
    return Value::error(fmt::format("index {} out of range for a list of size {}", i, list.size()));
  }
  return list[i];
}

Value index_map(const Value* a, const Expr&) {
  if (const Value* v = a[0].as_map().find(a[1])) return *v;
  return Value::error(fmt::format("no such key {}", a[1].debug_string()));
}

void add_comparisons(std::vector<Overload>& out, std::string_view name, Impl impl) {
  const std::pair<P, P> pairs[] = {{P::kInt, P::kInt},
                                   {P::kDouble, P::kDouble},
                                   {P::kInt, P::kDouble},
                                   {P::kDouble, P::kInt},
                                   {P::kString, P::kString},
                                   {P::kBool, P::kBool},
                                   {P::kTimestamp, P::kTimestamp}};
  for (auto [a, b] : pairs) out.push_back({name, false, {a, b}, T::kBool, impl});
}

}  // namespace

void add_operator_overloads(std::vector<Overload>& out) {
  out.insert(out.end(),
             {
                 {"_+_", false, {P::kInt, P::kInt}, T::kInt, add_int},
                 {"_+_", false, {P::kDouble, P::kDouble}, T::kDouble, add_double},
                 {"_+_", false, {P::kString, P::kString}, T::kString, add_string},
                 {"_+_",
                  false,
                  {P::kList, P::kList},
                  T::kList,
                  add_list,
                  Constraint::kSameList,
                  ResultRule::kJoinLists},
                 {"_-_", false, {P::kInt, P::kInt}, T::kInt, sub_int},
                 {"_-_", false, {P::kDouble, P::kDouble}, T::kDouble, sub_double},
                 {"_*_", false, {P::kInt, P::kInt}, T::kInt, mul_int},
                 {"_*_", false, {P::kDouble, P::kDouble}, T::kDouble, mul_double},
                 {"_/_", false, {P::kInt, P::kInt}, T::kInt, div_int},
                 {"_/_", false, {P::kDouble, P::kDouble}, T::kDouble, div_double},
                 {"_%_", false, {P::kInt, P::kInt}, T::kInt, mod_int},
                 {"-_", false, {P::kInt}, T::kInt, neg_int},
                 {"-_", false, {P::kDouble}, T::kDouble, neg_double},
                 {"!_", false, {P::kBool}, T::kBool, not_bool},
                 {"_==_", false, {P::kAny, P::kAny}, T::kBool, equal, Constraint::kSameType},
                 {"_!=_", false, {P::kAny, P::kAny}, T::kBool, not_equal, Constraint::kSameType},
                 {"@in", false, {P::kAny, P::kList}, T::kBool, in_list, Constraint::kElemOfList},
                 {"@in", false, {P::kAny, P::kMap}, T::kBool, in_map, Constraint::kKeyOfMap},
                 {"_[_]",
                  false,
                  {P::kList, P::kInt},
                  T::kDyn,
                  index_list,
                  Constraint::kNone,
                  ResultRule::kListElem},
                 {"_[_]",
                  false,
                  {P::kList, P::kDouble},
                  T::kDyn,
                  index_list,
                  Constraint::kNone,
                  ResultRule::kListElem},
                 {"_[_]",
                  false,
                  {P::kMap, P::kAny},
                  T::kDyn,
                  index_map,
                  Constraint::kKeyOfMap,
                  ResultRule::kMapValue},
             });
  add_comparisons(out, "_<_", compare_with<lt>);
  add_comparisons(out, "_<=_", compare_with<le>);
  add_comparisons(out, "_>_", compare_with<gt>);
  add_comparisons(out, "_>=_", compare_with<ge>);
}

}  // namespace ungap::expr
