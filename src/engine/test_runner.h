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

inline double percent_of(int part, int whole) {
  return whole == 0 ? 100.0 : 100.0 * part / whole;
}

// An obligation is covered when a tested rule checks it, or when it has no rule of its own and
// gets its verdict over a mapping from a covered obligation (or from a parent with a covered
// part), as the evaluation derives it.
struct FrameworkCoverage {
  std::string framework;
  int assessable = 0;    // assessable leaves
  int covered = 0;       // by a tested rule or over a mapping
  int over_mapping = 0;  // of those, over a mapping
  double percent() const { return percent_of(covered, assessable); }
};

struct Coverage {
  std::vector<FrameworkCoverage> per_framework;       // the frameworks measured, in load order
  std::vector<std::string> obligations_without_rule;  // and not covered over a mapping either
  std::vector<std::string> obligations_untested;      // ruled, but no rule of theirs is tested
  std::vector<std::string> obligations_over_mapping;
  std::vector<std::string> rules_without_test;
  int assessable = 0;  // assessable leaves in the measured frameworks
  int covered = 0;
  double percent() const { return percent_of(covered, assessable); }
};

// Measures the given frameworks, or (when empty) every framework some rule checks.
Coverage measure_coverage(const model::Workspace& ws, const std::vector<std::string>& frameworks);

}  // namespace ungap::engine
