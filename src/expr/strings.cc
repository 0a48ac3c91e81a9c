// Overloads of the string and size functions.
#include <re2/re2.h>

#include <algorithm>

#include "expr/functions.h"
#include "expr/regex.h"
#include "util/text.h"

namespace ungap::expr {

namespace {

using P = Param;
using T = TypeKind;

// CEL counts a string's size in code points, not bytes.
std::int64_t code_points(const std::string& s) {
  return std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; });
}

Value size_string(const Value* a, const Expr&) {
  return Value::integer(code_points(a[0].as_string()));
}
Value size_list(const Value* a, const Expr&) {
  return Value::integer(a[0].as_list().size());
}
Value size_map(const Value* a, const Expr&) {
  return Value::integer(a[0].as_map().size());
}

Value contains(const Value* a, const Expr&) {
  return Value::boolean(util::find_text(a[0].as_string(), a[1].as_string()) != std::string::npos);
}

Value starts_with(const Value* a, const Expr&) {
  return Value::boolean(a[0].as_string().starts_with(a[1].as_string()));
}

Value ends_with(const Value* a, const Expr&) {
  return Value::boolean(a[0].as_string().ends_with(a[1].as_string()));
}

Value lower_ascii(const Value* a, const Expr&) {
  std::string s = a[0].as_string();
  std::transform(s.begin(), s.end(), s.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
  return Value::string(std::move(s));
}

Value upper_ascii(const Value* a, const Expr&) {
  std::string s = a[0].as_string();
  std::transform(s.begin(), s.end(), s.begin(),
                 [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
  return Value::string(std::move(s));
}

// A literal pattern was compiled by the checker; a computed one is compiled here, under the
// same size limit.
Value matches(const Value* a, const Expr& call) {
  if (call.regex) return Value::boolean(regex_search(*call.regex, a[0].as_string()));
  auto compiled = compile_regex(a[1].as_string(), call.max_regex_program_size);
  if (auto* message = std::get_if<std::string>(&compiled)) return Value::error(*message);
  return Value::boolean(regex_search(*std::get<0>(compiled), a[0].as_string()));
}

}  // namespace

void add_string_overloads(std::vector<Overload>& out) {
  for (bool receiver : {false, true}) {
    out.insert(out.end(), {
                              {"size", receiver, {P::kString}, T::kInt, size_string},
                              {"size", receiver, {P::kList}, T::kInt, size_list},
                              {"size", receiver, {P::kMap}, T::kInt, size_map},
                              {"matches", receiver, {P::kString, P::kString}, T::kBool, matches},
                          });
  }
  out.insert(out.end(), {
                            {"contains", true, {P::kString, P::kString}, T::kBool, contains},
                            {"startsWith", true, {P::kString, P::kString}, T::kBool, starts_with},
                            {"endsWith", true, {P::kString, P::kString}, T::kBool, ends_with},
                            {"lowerAscii", true, {P::kString}, T::kString, lower_ascii},
                            {"upperAscii", true, {P::kString}, T::kString, upper_ascii},
                        });
}

}  // namespace ungap::expr
