#pragma once
// Each impact's own verdict on an obligation (rules with `per: impact`), the salience of a
// finding (the severity of the impacts its gaps concern), and the order human-readable reports
// list a company's findings in.
#include <string>
#include <vector>

#include "model/company.h"
#include "model/finding.h"
#include "model/workspace.h"

namespace ungap::report {

struct ImpactVerdict {
  int impact = -1;  // index into Company::impacts
  model::Status status = model::Status::kNotApplicable;
  double score = 0;
  model::FlagSet flags;
  std::uint8_t modes = 0;  // involvement as of the report's date (RuleResult::modes)
};

// Per impact, the worst of the finding's per-impact rules (lowest score, then worst status);
// impacts in the order the rules list them (most severe first).
std::vector<ImpactVerdict> impact_verdicts(const model::Finding& f);
// "mass-surveillance: gap 0; ai-targeting: partial 50", or "" when no rule is per impact.
std::string impacts_text(const model::Company& c, const model::Finding& f);
// The highest severity rank among the impacts whose own verdict on the finding is gap or
// partial; 0 when there is none.
int salience(const model::Company& c, const model::Finding& f);
// Sorts findings most salient first, then worst status first (gap, partial, met,
// not-applicable, not-assessed); equal ones keep their order (the framework's).
void sort_by_salience(const model::Company& c, std::vector<const model::Finding*>& findings);

}  // namespace ungap::report
