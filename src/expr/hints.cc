#include "expr/hints.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace ungap::expr {

namespace {

bool is(const Type& t, TypeKind kind) {
  return t.kind() == kind;
}

bool comparison(std::string_view name) {
  constexpr std::string_view kComparisons[] = {"_<_", "_<=_", "_>_", "_>=_", "_==_", "_!=_"};
  return std::find(std::begin(kComparisons), std::end(kComparisons), name) !=
         std::end(kComparisons);
}

// The text of a string literal argument, or a placeholder.
std::string literal_or(const Expr& e, std::size_t i, std::string_view placeholder) {
  const Expr& a = e.arg(i);
  if (a.kind == ExprKind::kLiteral && a.literal.kind() == Value::Kind::kString)
    return std::string(a.literal.as_string());
  return std::string(placeholder);
}

// `claim.date > '2024-01-01'`: a quoted date is a string, not a timestamp.
std::string date_as_string(const Expr& e, const std::vector<Type>& args) {
  if (!comparison(e.name) || args.size() != 2) return "";
  for (std::size_t i : {0u, 1u}) {
    if (is(args[i], TypeKind::kString) && is(args[1 - i], TypeKind::kTimestamp))
      return fmt::format("; a date in quotes is a string: write date('{}')",
                         literal_or(e, i, "YYYY-MM-DD"));
  }
  return "";
}

// `claim.topics.contains('x')`: contains() is for strings.
std::string contains_on_list(const Expr& e, const std::vector<Type>& args) {
  if (e.name != "contains" || !e.receiver || args.empty() || !is(args[0], TypeKind::kList))
    return "";
  return fmt::format("; contains() is for strings: to test a list, write '{}' in LIST",
                     literal_or(e, 1, "x"));
}

// `claim.topics == 'x'`: equality with a list where membership was meant.
std::string equals_on_list(const Expr& e, const std::vector<Type>& args) {
  if ((e.name != "_==_" && e.name != "_!=_") || args.size() != 2) return "";
  for (std::size_t i : {0u, 1u}) {
    if (!is(args[i], TypeKind::kList) || is(args[1 - i], TypeKind::kList)) continue;
    std::string test = fmt::format("'{}' in LIST", literal_or(e, 1 - i, "x"));
    return "; to test whether a list holds a value, write " +
           (e.name == "_!=_" ? "!(" + test + ")" : test);
  }
  return "";
}

// `claim.kind in 'action'`: `in` needs a list (or map) on its right.
std::string in_on_string(const Expr& e, const std::vector<Type>& args) {
  if (e.name != "@in" || args.size() != 2 || !is(args[1], TypeKind::kString)) return "";
  return fmt::format("; 'in' needs a list: write x in ['{}'], or x == '{}'", literal_or(e, 1, "a"),
                     literal_or(e, 1, "a"));
}

using Hint = std::string (*)(const Expr&, const std::vector<Type>&);
constexpr Hint kHints[] = {date_as_string, contains_on_list, equals_on_list, in_on_string};

}  // namespace

std::string overload_hint(const Expr& e, const std::vector<Type>& args) {
  for (Hint h : kHints)
    if (std::string hint = h(e, args); !hint.empty()) return hint;
  return "";
}

}  // namespace ungap::expr
