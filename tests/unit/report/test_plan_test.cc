// What `ungap test` decides around running the tests: the frameworks and paths refused, the
// coverage measured, the tests kept, and whether the run fails, as users see it.
#include "report/test_plan.h"

#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"

using namespace ungap;

namespace {

// Nothing in it can be assessed: coverage of it would be 100% of nothing.
const char* kUnassessable = R"(framework: {id: none, title: N}
obligations:
  - {id: a, title: A, assessable: false}
)";

const char* kRules = R"Y(rules:
  - {id: ra, checks: [fw/a], elements: [{id: e, match: "true"}]}
)Y";

const char* kTests = R"Y(tests:
  - {name: n, company: {id: c}, as_of: 2025-01-01, claims: [], expect: {fw/a: met}}
)Y";
const char* kMoreTests = R"Y(tests:
  - {name: m, company: {id: d}, as_of: 2025-01-01, claims: [], expect: {fw/a: met}}
)Y";

using Lines = std::vector<std::string>;

struct Fixture {
  test::Workspace files{{{"fw.yaml", test::kFrameworkAB},
                         {"none.yaml", kUnassessable},
                         {"rules/ra.yaml", kRules},
                         {"rules/ra.test.yaml", kTests},
                         {"more/ra.test.yaml", kMoreTests}}};
  model::Workspace ws = files.ws();  // plan_tests keeps only the tests asked for in it
  report::TestRequest r;

  engine::Selection part(const std::string& prefix) const {
    return engine::Selection(
        ws, [&](const model::InputFile& in) { return in.path.starts_with(prefix); });
  }
};

engine::TestCaseResult failed_case() {
  engine::TestCaseResult t;
  t.failures.push_back({});
  return t;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(test_plan, Fixture)

BOOST_AUTO_TEST_CASE(unknown_frameworks_and_paths_without_a_test_are_refused) {
  r.frameworks = {"fww", "nne"};
  BOOST_TEST(report::plan_tests(ws, {}, r).problems ==
                 Lines({"unknown framework 'fww' (did you mean 'fw'?)",
                        "unknown framework 'nne' (did you mean 'none'?)"}),
             boost::test_tools::per_element());
  r.frameworks = {};
  r.paths = "fw.yaml";
  BOOST_TEST(report::plan_tests(ws, part("fw.yaml"), r).problems ==
                 Lines{"no rule test under fw.yaml: tests are files with `tests:`, named "
                       "*.test.yaml"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(coverage_is_measured_only_when_asked_and_never_of_nothing) {
  auto plan = report::plan_tests(ws, {}, r);
  BOOST_TEST(plan.problems.empty());
  BOOST_TEST(!plan.coverage);
  r.coverage = true;
  plan = report::plan_tests(ws, {}, r);
  BOOST_REQUIRE(plan.coverage);
  BOOST_TEST(plan.coverage->assessable == 2);  // fw's, the one framework a rule checks
  r.frameworks = {"none"};
  BOOST_TEST(report::plan_tests(ws, {}, r).problems ==
                 Lines{"no assessable obligation to measure coverage of under ."},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(only_the_tests_asked_for_are_kept) {
  r.min_coverage = 50;
  r.paths = "more fw.yaml";
  auto sel = engine::Selection(ws, [](const model::InputFile& in) {
    return in.path.starts_with("more/") || in.path == "fw.yaml";
  });
  auto plan = report::plan_tests(ws, sel, r);
  BOOST_TEST(plan.problems.empty());
  BOOST_REQUIRE(ws.tests.size() == 1u);
  BOOST_TEST(ws.tests[0].loc.file->path() == "more/ra.test.yaml");
  BOOST_REQUIRE(plan.coverage);  // of fw, the framework given
  BOOST_TEST(plan.coverage->per_framework.size() == 1u);
  BOOST_TEST(plan.coverage->covered == 1);
}

BOOST_AUTO_TEST_CASE(a_failed_test_or_coverage_below_the_minimum_fails) {
  r.min_coverage = 60;
  auto plan = report::plan_tests(ws, {}, r);
  BOOST_TEST(report::coverage_shortfalls(plan, r) ==
             "ungap: coverage of fw is 50.0%, below --min-coverage 60.0%\n");
  BOOST_TEST(report::tests_failed({}, plan, r));
  r.min_coverage = 50;
  BOOST_TEST(report::coverage_shortfalls(plan, r) == "");
  BOOST_TEST(!report::tests_failed({engine::TestCaseResult{}}, plan, r));
  BOOST_TEST(report::tests_failed({engine::TestCaseResult{}, failed_case()}, plan, r));
}

BOOST_AUTO_TEST_SUITE_END()
