#pragma once
// Impacts as rules with `per: impact` see them at one date (docs/evaluation.md, "Rules per
// impact"): an impact is known once a visible claim concerns it, and its involvement counts only
// the modes that rest on visible claims, so a report as of an earlier date does not use what was
// learnt later.
#include <vector>

#include "engine/company_view.h"
#include "expr/value.h"
#include "model/finding.h"
#include "model/impact.h"

namespace ungap::engine {

struct ImpactView {
  int index = -1;                             // into Company::impacts
  std::vector<model::InvolvementMode> modes;  // resting on visible claims, cause first
  expr::Value value;                          // the CEL `impact`
};

// The known impacts of the view's company, most severe first (ties in file order).
std::vector<ImpactView> impact_views(const CompanyView& view);

// "cause", "contribute", "directly-linked", "disputed" (several modes) or "" (none).
std::string involvement_label(const std::vector<model::InvolvementMode>& modes);
// The same for RuleResult::modes.
std::string involvement_label(std::uint8_t mode_bits);
// The involvement entries of `im` that carry a note and whose mode is among `mode_bits`
// (RuleResult::modes): why the company is read as involved, as seen by that result's date, so a
// report of an earlier date says nothing learnt later.
std::vector<const model::Involvement*> noted_involvement(const model::Impact& im,
                                                         std::uint8_t mode_bits);

// The result a per-impact rule gives the company: the worst impact's (lowest score, then worst
// status; ties: the most severe impact), with every impact's result kept in `impacts` and the
// flags of all of them. Not applicable when no impact's is applicable.
model::RuleResult worst_over_impacts(int rule, std::vector<model::RuleResult> per_impact);

}  // namespace ungap::engine
