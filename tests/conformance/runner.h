#pragma once

#include <string>

#include "textproto.h"

namespace ungap::conformance {

enum class Outcome { kPassed, kFailed, kSkipped };

struct CaseResult {
  Outcome outcome;
  std::string detail;  // why it failed, or the feature it was skipped for
};

// Runs one `test` message of a cel-spec SimpleTestFile.
CaseResult run_case(const TextNode& test);

}  // namespace ungap::conformance
