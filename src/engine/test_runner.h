#pragma once
// Rule tests (`ungap test`): each case is evaluated like a company and its expectations are
// compared with the findings; coverage says which obligations have no rule and which rules no
// test.
#include <string>
#include <vector>

#include "engine/compiled_workspace.h"
#include "util/diagnostic.h"

namespace ungap::engine {

struct TestFailure {
  util::Location loc;  // the expectation
  std::string test;
  std::string message;  // "ungp/19: expected status partial, got met"
};

struct TestCaseResult {
  std::string name;
  util::Location loc;
  std::vector<TestFailure> failures;
  bool passed() const { return failures.empty(); }
};

std::vector<TestCaseResult> run_tests(const CompiledWorkspace& cw, int jobs,
                                      util::Diagnostics& diags);

struct Coverage {
  std::vector<std::string> frameworks;              // the frameworks measured
  std::vector<std::string> obligations_without_rule;
  std::vector<std::string> obligations_untested;     // ruled, but no rule of theirs is tested
  std::vector<std::string> rules_without_test;
  int assessable = 0;  // assessable leaves in the measured frameworks
  int covered = 0;     // with a tested rule
  double percent() const { return assessable == 0 ? 100.0 : 100.0 * covered / assessable; }
};

// Measures the given frameworks, or (when empty) every framework some rule checks.
Coverage measure_coverage(const model::Workspace& ws, const std::vector<std::string>& frameworks);

}  // namespace ungap::engine
