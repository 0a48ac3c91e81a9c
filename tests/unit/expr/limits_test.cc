// The limits: length, nesting depth and regular-expression size fail cleanly.
#include <boost/test/unit_test.hpp>
#include <optional>
#include <string>

#include "expr/checker.h"
#include "expr/nesting.h"
#include "expr/parser.h"
#include "expr/program.h"
#include "expr/rule_env.h"
#include "util/thread.h"

namespace ungap::expr {
namespace {

BOOST_AUTO_TEST_SUITE(expr_limits)

BOOST_AUTO_TEST_CASE(deep_parentheses_are_an_error_not_a_crash) {
  std::string text = std::string(10000, '(') + "1" + std::string(10000, ')');
  CompileOptions options;
  options.limits.max_length = 1 << 20;
  CompileResult r = compile(text, match_env(), options);
  BOOST_REQUIRE_EQUAL(r.errors.size(), 1u);
  BOOST_TEST(r.errors[0].message == "expression nesting exceeds the limit of 128");
  BOOST_TEST(r.errors[0].offset == 128u);
}

BOOST_AUTO_TEST_CASE(long_flat_chains_are_bounded_too) {
  CompileOptions options;
  options.limits.max_length = 1 << 20;
  std::string sum = "1";
  for (int i = 0; i < 5000; ++i) sum += " + 1";
  BOOST_TEST(compile(sum, match_env(), options).errors.at(0).message ==
             "expression nesting exceeds the limit of 128");
  BOOST_TEST(compile(std::string(5000, '!') + "true", match_env(), options).errors.at(0).message ==
             "expression nesting exceeds the limit of 128");
  std::string select = "claim";
  for (int i = 0; i < 5000; ++i) select += ".a";
  BOOST_TEST(compile(select, match_env(), options).errors.at(0).message ==
             "expression nesting exceeds the limit of 128");
}

BOOST_AUTO_TEST_CASE(nesting_within_the_limit_compiles) {
  std::string text = std::string(100, '(') + "true" + std::string(100, ')');
  BOOST_TEST(compile(text, match_env()).ok());
}

// Nesting of every kind, n levels deep.
struct Nesting {
  const char* name;
  std::string (*make)(int n);
};

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

const Nesting kNestings[] = {
    {"parentheses", [](int n) { return repeat("(", n) + "1" + repeat(")", n); }},
    {"!", [](int n) { return repeat("!", n) + "true"; }},
    {"-", [](int n) { return repeat("-", n) + "(1)"; }},
    {"lists", [](int n) { return repeat("[", n) + "1" + repeat("]", n); }},
    {"calls", [](int n) { return repeat("int(", n) + "1" + repeat(")", n); }},
    {"maps", [](int n) { return repeat("{1: ", n) + "1" + repeat("}", n); }},
    {"conditionals", [](int n) { return repeat("false ? 0 : ", n) + "1"; }},
    {"+", [](int n) { return "1" + repeat(" + 1", n); }},
    {"&&", [](int n) { return "true" + repeat(" && true", n); }},
    {"index", [](int n) { return repeat("[", n) + "1" + repeat("]", n) + repeat("[0]", n); }},
    {"exists",
     [](int n) {
       std::string out;
       for (int i = 0; i < n; ++i) out += "[0].exists(v" + std::to_string(i) + ", ";
       return out + "true" + repeat(")", n);
     }},
};

// At the largest --max-expr-depth, the deepest nesting of each kind the limit lets through
// compiles and evaluates on the stack ungap gives its threads, in every build (the sanitizers'
// larger frames included: 1,000 nested calls need more than 16 MB under ASan); one level more
// is refused by the limit, not the stack.
BOOST_AUTO_TEST_CASE(the_depth_cap_fits_the_thread_stack) {
  CompileOptions options;
  options.limits.max_length = 1 << 20;
  options.limits.max_depth = kMaxExprDepth;
  const std::string over = "expression nesting exceeds the limit of 1000";
  for (const Nesting& kind : kNestings) {
    util::run_on_thread(
        [&] {
          int lo = 1, hi = 2 * kMaxExprDepth;  // compiles at lo, not at hi
          while (hi - lo > 1) {
            int mid = (lo + hi) / 2;
            (compile_uncached(kind.make(mid), match_env(), options).ok() ? lo : hi) = mid;
          }
          CompileResult deepest = compile_uncached(kind.make(lo), match_env(), options);
          BOOST_REQUIRE_MESSAGE(deepest.ok(), kind.name);
          BOOST_TEST(lo >= kMaxExprDepth / 4, kind.name << " deepest " << lo);
          Value v = deepest.program->evaluate(Activation(match_env()));
          BOOST_TEST(!v.is_error(), kind.name << ": " << v.debug_string());
          CompileResult deeper = compile_uncached(kind.make(hi), match_env(), options);
          BOOST_REQUIRE_MESSAGE(!deeper.errors.empty(), kind.name);
          BOOST_TEST(deeper.errors[0].message == over, kind.name);
        },
        util::kThreadStackBytes);
  }
}

// The backstop: on a stack far smaller than ungap's threads have, parsing, checking and
// evaluating stop with an error instead of overflowing it.
BOOST_AUTO_TEST_CASE(a_small_stack_gives_an_error_not_a_crash) {
  Limits limits;
  limits.max_length = 1 << 20;
  limits.max_depth = kMaxExprDepth;
  const std::size_t small = util::kStackReserve + (std::size_t{64} << 10);
  std::string text = repeat("(", 999) + "1" + repeat(")", 999);
  util::run_on_thread(
      [&] {
        ParseResult r = parse(text, limits);
        BOOST_REQUIRE(r.error);
        BOOST_TEST(r.error->message == kNestedTooDeeply);
      },
      small);
  ParseResult deep;
  util::run_on_thread([&] { deep = parse(repeat("!", 999) + "true", limits); });
  BOOST_REQUIRE(deep.root);
  util::run_on_thread(
      [&] {
        CheckResult c = check(*deep.root, match_env(), limits, false);
        BOOST_REQUIRE(!c.errors.empty());
        BOOST_TEST(c.errors[0].message == kNestedTooDeeply);
      },
      small);
  CompileOptions options;
  options.limits = limits;
  std::optional<CompileResult> compiled;  // on a thread of ungap's own size, as ungap compiles
  util::run_on_thread(
      [&] { compiled = compile_uncached(repeat("!", 998) + "true", match_env(), options); });
  BOOST_REQUIRE(compiled->ok());
  util::run_on_thread(
      [&] {
        Value v = compiled->program->evaluate(Activation(match_env()));
        BOOST_TEST(v.is_error());
        BOOST_TEST(v.error_message() == kNestedTooDeeply);
      },
      small);
}

BOOST_AUTO_TEST_CASE(expression_length) {
  std::string text = "'" + std::string(20000, 'a') + "' == ''";
  CompileResult r = compile(text, match_env());
  BOOST_REQUIRE_EQUAL(r.errors.size(), 1u);
  BOOST_TEST(r.errors[0].message == "expression is 20008 bytes long, over the limit of 16384");
}

BOOST_AUTO_TEST_CASE(regex_program_size) {
  CompileResult r = compile("claim.id.matches('[a-z]{1,600}')", match_env());
  BOOST_REQUIRE_EQUAL(r.errors.size(), 1u);
  BOOST_TEST(r.errors[0].offset == 17u);
  BOOST_TEST(r.errors[0].message.starts_with(
      "regular expression '[a-z]{1,600}' is too complex: its program size "));
  BOOST_TEST(r.errors[0].message.ends_with(" exceeds the limit of 1000"));
  CompileOptions options;
  options.limits.max_regex_program_size = 100000;
  BOOST_TEST(compile("claim.id.matches('[a-z]{1,600}')", match_env(), options).ok());
}

BOOST_AUTO_TEST_CASE(invalid_regex) {
  CompileResult r = compile("claim.id.matches('(a')", match_env());
  BOOST_REQUIRE_EQUAL(r.errors.size(), 1u);
  BOOST_TEST(r.errors[0].offset == 17u);
  BOOST_TEST(r.errors[0].message == "invalid regular expression '(a': missing ): (a");
}

BOOST_AUTO_TEST_CASE(garbage_never_crashes) {
  for (std::string_view text :
       {"",   ")", "((",   "[",    "{",      "{1:", "a.", "'",   "\"\"\"",   "r'",    "1e", "0x",
        "\\", "`", "a.`b", "has(", "x.all(", "-",   "!",  "? :", "\x80\xff", "1 ? 2", "{,}"}) {
    CompileResult r = compile(text, match_env());
    BOOST_TEST(!r.ok(), "compiled: " << text);
  }
}

// Deterministic random token soup, compiled strictly and leniently and evaluated: any outcome
// is fine except a crash, a hang or an exception.
BOOST_AUTO_TEST_CASE(random_token_soup_never_crashes) {
  static constexpr const char* kPieces[] = {"claim",
                                            ".",
                                            "topics",
                                            "kind",
                                            "(",
                                            ")",
                                            "[",
                                            "]",
                                            "{",
                                            "}",
                                            ",",
                                            ":",
                                            "?",
                                            "'a'",
                                            "1",
                                            "0",
                                            "-",
                                            "+",
                                            "/",
                                            "%",
                                            "*",
                                            "==",
                                            "<",
                                            "&&",
                                            "||",
                                            "!",
                                            "in",
                                            "has",
                                            "size",
                                            "exists",
                                            "all",
                                            "map",
                                            "filter",
                                            "t",
                                            "matches",
                                            "'(a'",
                                            "'.*'",
                                            "dyn",
                                            "int",
                                            "1.5",
                                            "null",
                                            "true",
                                            "company",
                                            "attributes",
                                            "x",
                                            "date",
                                            "'2025-01-01'",
                                            "9223372036854775807"};
  std::uint32_t state = 12345;
  auto next = [&] { return state = state * 1664525u + 1013904223u; };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int n = 1 + next() % 14;
    for (int i = 0; i < n; ++i) text += std::string(kPieces[next() % std::size(kPieces)]) + " ";
    for (bool strict : {true, false}) {
      CompileOptions options;
      options.check_types = strict;
      CompileResult r = compile(text, match_env(), options);
      if (r.ok()) (void)r.program->evaluate(Activation(match_env()));
    }
  }
}

BOOST_AUTO_TEST_CASE(nested_comprehensions_stop_at_the_budget) {
  std::string text = "true";
  for (int i = 0; i < 34; ++i)
    text = "[0, 1].exists(v" + std::to_string(i) + ", " + text + " && false)";
  CompileOptions options;
  options.limits.max_eval_steps = 100000;
  CompileResult r = compile(text, match_env(), options);
  BOOST_REQUIRE(r.ok());
  Budget budget{100000};
  Value v = r.program->evaluate(Activation(match_env()), budget);
  BOOST_TEST(budget.exhausted());
  BOOST_TEST(v.is_error());
  BOOST_TEST(v.error_message() == kBudgetExceeded);
}

BOOST_AUTO_TEST_CASE(text_doubled_in_a_loop_is_charged_by_size) {
  std::string text = "['ab']";
  for (int i = 0; i < 40; ++i) text += ".map(x, x + x)";
  text += ".size() == 1";
  CompileResult r = compile(text, match_env());
  BOOST_REQUIRE(r.ok());
  Budget budget{1000000};
  Value v = r.program->evaluate(Activation(match_env()), budget);
  BOOST_TEST(budget.exhausted());  // 2^40 bytes never allocated: stopped near 16 MB
  BOOST_TEST(v.is_error());
}

BOOST_AUTO_TEST_CASE(ordinary_expressions_take_few_steps) {
  CompileResult r = compile("[1, 2, 3].exists(x, x == 3) && 'ab'.contains('b')", match_env());
  BOOST_REQUIRE(r.ok());
  Budget budget{1000};
  Value v = r.program->evaluate(Activation(match_env()), budget);
  BOOST_TEST(v.is_bool());
  BOOST_TEST(1000 - budget.left < 20u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace ungap::expr
