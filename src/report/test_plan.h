#pragma once
// What `ungap test` decides around running the tests: refusing unknown frameworks and paths
// that hold no rule test, measuring coverage when asked (and refusing coverage of nothing),
// keeping only the tests asked for, and whether the run fails: a failed test, or a framework
// below `--min-coverage`. cli/cmd_test.cc prints what this returns.
#include <optional>
#include <string>
#include <vector>

#include "engine/selection.h"
#include "engine/test_runner.h"
#include "model/workspace.h"

namespace ungap::report {

// What the command line asked for.
struct TestRequest {
  std::vector<std::string> frameworks;  // --framework: the frameworks whose coverage is measured
  bool coverage = false;                // --coverage: list what is not covered
  double min_coverage = -1;             // --min-coverage; negative: none
  std::string paths = ".";              // the paths as typed, for messages
  bool measures() const { return coverage || min_coverage >= 0; }
};

struct TestPlan {
  std::optional<engine::Coverage> coverage;  // when measured
  std::vector<std::string> problems;         // messages; none: the tests may run
};

// Plans the run on `ws`, of which `selection` is the part the paths asked for. Coverage counts
// every test of the workspace (a rule tested elsewhere is tested); then only the tests asked for
// are kept in `ws`, to run.
TestPlan plan_tests(model::Workspace& ws, const engine::Selection& selection, const TestRequest& r);

// The lines for each framework measured below `--min-coverage` ("ungap: coverage of F is 50.0%,
// below --min-coverage 80.0%"): per framework, so a well-covered one does not hide one that is
// not.
std::string coverage_shortfalls(const TestPlan& plan, const TestRequest& r);

// Whether the run fails: a test failed, or coverage fell short.
bool tests_failed(const std::vector<engine::TestCaseResult>& results, const TestPlan& plan,
                  const TestRequest& r);

}  // namespace ungap::report
