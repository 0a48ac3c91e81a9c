// Compile-time diagnostics: exact messages and the byte offsets they point at.
#include "expr/program.h"

#include <boost/test/unit_test.hpp>
#include <string>

#include "expr/rule_env.h"

namespace ungap::expr {
namespace {

ExprError only_error(std::string_view text, const Env& env = match_env(),
                     const CompileOptions& options = {}) {
  CompileResult r = compile(text, env, options);
  BOOST_REQUIRE_MESSAGE(!r.ok(), "expected a compile error for: " << text);
  BOOST_REQUIRE_EQUAL(r.errors.size(), 1u);
  return r.errors[0];
}

void expect_error(std::string_view text, std::size_t offset, const std::string& message,
                  const Env& env = match_env()) {
  ExprError e = only_error(text, env);
  BOOST_TEST(e.message == message);
  BOOST_TEST(e.offset == offset);
}

BOOST_AUTO_TEST_SUITE(expr_compile_errors)

BOOST_AUTO_TEST_CASE(unknown_field_with_suggestion) {
  expect_error("'x' in claim.topic", 13, "unknown field 'topic' on claim (did you mean 'topics'?)");
  expect_error("claim.source.titel == 'a'", 13,
               "unknown field 'titel' on source (did you mean 'title'?)");
  expect_error("company.zzz == 1", 8, "unknown field 'zzz' on company");
  // A name cut short gets the field it starts, even when far in edit distance.
  expect_error("claim.supe.size() > 0", 6,
               "unknown field 'supe' on claim (did you mean 'supersedes'?)");
}

BOOST_AUTO_TEST_CASE(undeclared_reference_with_suggestion) {
  expect_error("claims.kind == 'action'", 0,
               "undeclared reference to 'claims' (did you mean 'claim'?)");
  // `when` expressions cannot see the claim.
  expect_error("claim.kind == 'action'", 0, "undeclared reference to 'claim'", when_env());
}

BOOST_AUTO_TEST_CASE(no_matching_overload) {
  expect_error("claim.id + 1", 9, "no matching overload for '_+_' applied to (string, int)");
  expect_error("claim.kind == 1", 11, "no matching overload for '_==_' applied to (string, int)");
  expect_error("size(1)", 0, "no matching overload for 'size' applied to (int)");
  expect_error("1 in claim.topics", 2,
               "no matching overload for '@in' applied to (int, list(string))");
  // `?:` is bool ? A : A, reported at the `?`.
  expect_error("true ? 1 : 'a'", 5,
               "no matching overload for '_?_:_' applied to (bool, int, string)");
}

BOOST_AUTO_TEST_CASE(hints_for_common_slips) {
  expect_error("claim.date > '2024-01-01'", 11,
               "no matching overload for '_>_' applied to (timestamp, string); a date in quotes "
               "is a string: write date('2024-01-01')");
  expect_error("'2024-01-01' <= claim.date", 13,
               "no matching overload for '_<=_' applied to (string, timestamp); a date in quotes "
               "is a string: write date('2024-01-01')");
  expect_error("claim.topics.contains('suspension')", 13,
               "no matching overload for 'contains' applied to (list(string), string); "
               "contains() is for strings: to test a list, write 'suspension' in LIST");
  expect_error("claim.topics == 'suspension'", 13,
               "no matching overload for '_==_' applied to (list(string), string); to test "
               "whether a list holds a value, write 'suspension' in LIST");
  expect_error("claim.topics != 'x'", 13,
               "no matching overload for '_!=_' applied to (list(string), string); to test "
               "whether a list holds a value, write !('x' in LIST)");
  expect_error("claim.kind in 'action'", 11,
               "no matching overload for '@in' applied to (string, string); 'in' needs a list: "
               "write x in ['action'], or x == 'action'");
}

BOOST_AUTO_TEST_CASE(unknown_function_and_call_style) {
  expect_error("claim.id.sise() > 1", 9, "unknown function 'sise' (did you mean 'size'?)");
  expect_error("contains(claim.id, 'a')", 0, "'contains' is a method; call it as x.contains(...)");
  expect_error("claim.id.int() == 1", 9, "'int' is not a method; call it as int(...)");
}

BOOST_AUTO_TEST_CASE(non_bool_operands) {
  expect_error("claim.kind == 'a' && claim.by", 27, "an operand of '&&' must be bool, not string");
  expect_error("claim.id ? 1 : 2", 6, "the condition of '?:' must be bool, not string");
  expect_error("claim.topics.all(t, t)", 20, "the predicate of all() must be bool, not string");
}

BOOST_AUTO_TEST_CASE(field_selection_on_scalar) {
  expect_error("claim.id.x == 1", 9, "cannot select field 'x' from string");
}

BOOST_AUTO_TEST_CASE(syntax_errors) {
  expect_error("size(claim.topics", 17, "expected ')' but found end of expression");
  expect_error("claim.kind == ", 14, "expected an expression but found end of expression");
  expect_error("claim.kind = 'a'", 11, "unexpected '='; to compare, write '=='");
  expect_error("'abc", 0, "unterminated string literal");
  expect_error("'a\\q'", 2, "invalid escape '\\q'");
  expect_error("1 2", 2, "unexpected '2' after the expression");
  expect_error("[1, 2", 5, "expected ']' but found end of expression");
  expect_error("claim.", 6,
               "expected a field or method name after '.' but found end of expression");
  expect_error("if == 1", 0, "'if' is a reserved word and cannot be used as a name");
  expect_error("has(claim)", 0, "has() takes one field selection, as in has(claim.quote)");
  expect_error("claim.topics.all(1, true)", 17,
               "the first argument of all() must be a variable name");
}

BOOST_AUTO_TEST_CASE(unsupported_literals) {
  expect_error("1u == 1", 0, "unsigned integer literals (1u) are not supported");
  expect_error("b'abc' == 1", 0, "bytes literals (b'...') are not supported");
  expect_error("9223372036854775808 > 0", 0, "integer literal 9223372036854775808 is out of range");
}

BOOST_AUTO_TEST_CASE(several_errors_in_offset_order) {
  CompileResult r = compile("claim.kindd == 'a' && company.nam == 'b'", match_env());
  BOOST_REQUIRE_EQUAL(r.errors.size(), 2u);
  BOOST_TEST(r.errors[0].offset == 6u);
  BOOST_TEST(r.errors[0].message == "unknown field 'kindd' on claim (did you mean 'kind'?)");
  BOOST_TEST(r.errors[1].offset == 30u);
  BOOST_TEST(r.errors[1].message == "unknown field 'nam' on company (did you mean 'name'?)");
}

BOOST_AUTO_TEST_CASE(dyn_defers_checks_to_run_time) {
  // Values in company.attributes are dyn: any use type-checks.
  BOOST_TEST(compile("company.attributes.employees > 1000", match_env()).ok());
  BOOST_TEST(compile("dyn(claim.id) + 1 == 2", match_env()).ok());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace ungap::expr
