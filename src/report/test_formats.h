#pragma once
// `ungap test` output: text (failures as located diagnostics, then the plain closing line
// "N passed, N failed") and JUnit XML for CI.
#include <optional>
#include <string>
#include <vector>

#include "engine/test_runner.h"

namespace ungap::report {

std::string tests_text(const std::vector<engine::TestCaseResult>& results,
                       const std::optional<engine::Coverage>& coverage, bool list_coverage);
std::string tests_junit(const std::vector<engine::TestCaseResult>& results);

}  // namespace ungap::report
