#include "report/test_plan.h"

#include <fmt/format.h>

#include <algorithm>

namespace ungap::report {

namespace {

// Whether the files asked for hold a test; a run of no test (a mistyped path in CI) would
// otherwise pass.
std::string no_test(const model::Workspace& ws, const engine::Selection& selection,
                    const TestRequest& r) {
  for (const auto& t : ws.tests)
    if (selection.has(t.loc)) return "";
  return fmt::format("no rule test under {}: tests are files with `tests:`, named *.test.yaml",
                     r.paths);
}

// 100% of nothing is no coverage: a run that measures no obligation is an error.
std::string unmeasurable(const engine::Coverage& coverage, const TestRequest& r) {
  if (coverage.assessable > 0) return "";
  return fmt::format("no assessable obligation to measure coverage of under {}", r.paths);
}

}  // namespace

TestPlan plan_tests(model::Workspace& ws, const engine::Selection& selection,
                    const TestRequest& r) {
  TestPlan plan;
  engine::named_frameworks(ws, r.frameworks, plan.problems);
  if (!plan.problems.empty()) return plan;
  if (auto why = no_test(ws, selection, r); !why.empty()) {
    plan.problems.push_back(why);
    return plan;
  }
  if (r.measures()) {
    std::vector<std::string> measured = r.frameworks;
    if (measured.empty()) measured = selection.frameworks(ws);
    plan.coverage = engine::measure_coverage(ws, measured);
    if (auto why = unmeasurable(*plan.coverage, r); !why.empty()) {
      plan.problems.push_back(why);
      return plan;
    }
  }
  std::erase_if(ws.tests, [&](const auto& t) { return !selection.has(t.loc); });
  return plan;
}

std::string coverage_shortfalls(const TestPlan& plan, const TestRequest& r) {
  std::string out;
  if (!plan.coverage || r.min_coverage < 0) return out;
  for (const auto& f : plan.coverage->per_framework)
    if (f.percent() + 1e-9 < r.min_coverage)
      out += fmt::format("ungap: coverage of {} is {:.1f}%, below --min-coverage {:.1f}%\n",
                         f.framework, f.percent(), r.min_coverage);
  return out;
}

bool tests_failed(const std::vector<engine::TestCaseResult>& results, const TestPlan& plan,
                  const TestRequest& r) {
  bool failed =
      std::any_of(results.begin(), results.end(), [](const auto& t) { return !t.passed(); });
  return failed || !coverage_shortfalls(plan, r).empty();
}

}  // namespace ungap::report
