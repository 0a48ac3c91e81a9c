#pragma once
// The explanation of one verdict as data: everything `ungap explain` shows, gathered once from
// the engine's results, so that its text, Markdown and JSON renderings (explain.h) say the same
// thing. Scores are rounded as in the reports; locations are file:line:col.
#include <optional>
#include <string>
#include <vector>

#include "engine/compiled_workspace.h"
#include "model/finding.h"
#include "model/workspace.h"
#include "util/date.h"

namespace ungap::report {

struct ExplainSource {
  std::string id, title, publisher, date, quality, url;
  std::string dating;  // how exactly the date is known, "" when the source does not say
  std::string note;    // the encoder's word on the source (how it was read), "" when none
};

// Who said what, when, and where it is written down.
struct ExplainClaimRef {
  std::string id, date, kind, by, location;
};

struct ExplainClaim : ExplainClaimRef {
  std::string quote, summary;
  std::string note;  // the encoder's word on how the claim was read, "" when none
  std::optional<ExplainSource> source;
};

struct ExplainNearest {
  ExplainClaimRef claim;
  int held = 0, total = 0;
  std::vector<std::string> fails;  // the conditions of the match it fails, as written
};

struct ExplainElement {
  std::string role;  // met, missing, contested-by
  std::string id, text;
  int needed = 0;
  std::vector<ExplainClaim> claims;
  // A missing element's match and the claims nearest to meeting it (when searched).
  bool searched = false;
  std::string match;
  std::vector<ExplainNearest> nearest;
  bool several_conditions = false;  // the match has more than one top-level && condition
};

// What a contest did to a rule: lowered it (score = before x total / (total + against)) or
// only flagged it.
struct ExplainContest {
  bool lowered = false;
  std::string reason;
  bool met_by_elements = false;
  double before = 0, total = 0, against = 0, score = 0;
};

struct ExplainResult {
  bool applicable = true;
  std::string when;  // the `when` that is false, for a rule not applicable
  std::string status;
  double score = 0;
  long met = 0;
  std::size_t elements_count = 0;
  std::string needs;  // "all 3 elements", "any one element", "2 elements"
  std::vector<ExplainElement> elements, contested;
  std::optional<ExplainContest> contest;
  bool uncontested_gap = false;  // a gap of a rule with contested_by: nothing to dispute
  std::string overdue_due, late_due;
};

// An involvement mode seen as of the date, with the encoder's reason for it.
struct ExplainInvolvement {
  std::string mode, note;
};

struct ExplainImpact {
  std::string id, location, title, severity, involvement;  // "" when not given
  ExplainResult result;
  std::string note;                          // the impact's, "" when none
  std::vector<ExplainInvolvement> involved;  // the modes seen, those with a note
};

struct ExplainRule {
  std::string id, location, title;
  std::string note;  // the rule author's word on how it reads the obligation, "" when none
  bool per_impact = false;
  ExplainResult result;  // per_impact: status and score of the worst impact
  std::string decided_by;
  std::vector<ExplainImpact> impacts;
};

struct ExplainDerived {
  std::string from, relation, mapping, status, carried_status;
  double score = 0, carried_score = 0;
  bool contested = false;
  std::vector<ExplainClaim> claims;
};

struct ExplainPart {
  std::string status, score, id, title;
};

struct Explanation {
  std::string company, obligation, as_of, title, weight, location, text;
  std::string note;           // the obligation's, "" when none
  std::string status, score;  // score "" when not assessed
  std::vector<std::string> flags;
  std::string reason, applies_when;
  std::vector<ExplainDerived> derived;
  bool parent = false;
  std::vector<ExplainPart> parts;
  std::vector<ExplainRule> rules;
};

// With `cw`, each missing element of a rule (not per impact) also carries its `match` and the
// claims nearest to meeting it (engine/nearest_claims.h).
Explanation explanation(const model::Workspace& ws, const model::Company& company,
                        const model::CompanyResult& result, const model::Finding& finding,
                        util::Date as_of, const engine::CompiledWorkspace* cw = nullptr);

}  // namespace ungap::report
