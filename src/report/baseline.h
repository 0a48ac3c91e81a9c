#pragma once
// `check --baseline OLD.json`: which failures are new since a previous JSON report and which are
// fixed, by stable fingerprints (sha256 of "company|obligation|rule", see verdicts.h), so a CI
// job fails only on gaps introduced since the baseline. Leaves only: a parent whose part fails
// is not listed again. Each new or fixed failure carries the causes `ungap diff` would name.
#include <map>
#include <string>
#include <vector>

#include "model/workspace.h"
#include "report/diff_causes.h"
#include "report/fail_on.h"
#include "report/verdicts.h"
#include "util/date.h"

namespace ungap::report {

struct BaselineItem {
  std::string name;  // "company|obligation|rule"
  std::optional<Verdict> before, after;
  std::vector<Cause> causes;  // empty: none found in the two reports
};

struct BaselineComparison {
  // By company, then obligation in report order, then rule.
  std::vector<BaselineItem> fresh;  // failing now, not in the baseline
  std::vector<BaselineItem> fixed;  // failing in the baseline, no longer failing
  std::size_t known = 0;            // failing now and in the baseline
};

// This run as a report record: its verdicts (with evidence) and the claims they cite, per
// company, as company_verdicts wrote them.
ReportRecord run_record(const model::Workspace& ws, const util::Date& as_of,
                        std::vector<Verdict> verdicts, ClaimsByCompany claims);

BaselineComparison compare_with_baseline(const ReportRecord& now, const ReportRecord& baseline,
                                         FailOn level);

// The lines `check --baseline` prints on standard error: each new and fixed failure with its
// verdict change and causes, then the count.
std::string baseline_text(const BaselineComparison& cmp, const std::string& baseline_as_of,
                          FailOn level);

}  // namespace ungap::report
