#pragma once
// `check --baseline OLD.json`: which failures are new since a previous JSON report and which are
// fixed, by stable fingerprints (sha256 of "company|obligation|rule", see verdicts.h), so a CI
// job fails only on gaps introduced since the baseline.
#include <map>
#include <string>
#include <vector>

#include "report/verdicts.h"

namespace ungap::report {

struct BaselineComparison {
  std::map<std::string, std::string> fresh;  // failing now, not in the baseline (fp -> name)
  std::map<std::string, std::string> known;  // failing now and in the baseline
  std::map<std::string, std::string> fixed;  // failing in the baseline, no longer failing
};

BaselineComparison compare_with_baseline(const std::vector<Verdict>& now,
                                         const ReportRecord& baseline, const std::string& level);

}  // namespace ungap::report
