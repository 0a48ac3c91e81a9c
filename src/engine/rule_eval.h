#pragma once
// Evaluates one rule for one company at one date (docs/evaluation.md): applicability, the
// elements met and their evidence, status, score and the contested / overdue / late flags.
#include "engine/company_view.h"
#include "engine/compiled_workspace.h"
#include "engine/impact_eval.h"
#include "expr/program.h"
#include "model/finding.h"
#include "util/diagnostic.h"

namespace ungap::engine {

// Whether a matching contesting element lowers a met rule: the rule says so, else the
// obligation, else the severity (the rule's, else the obligation's) does: critical lowers.
model::OnContest on_contest(const model::Rule& r, const model::Obligation& o);

class RuleEvaluator {
 public:
  RuleEvaluator(const CompiledWorkspace& cw, const CompanyView& view, util::Diagnostics& diags);

  // `o` is the obligation checked: its deadline is used when the rule has none, and its
  // `on_contest` and severity when the rule sets neither.
  // A rule with `per: impact` is evaluated once per known impact (see worst_over_impacts).
  model::RuleResult evaluate(int rule, const model::Obligation& o);

 private:
  model::RuleResult evaluate_once(int rule, const model::Obligation& o);
  model::RuleResult evaluate_per_impact(int rule, const model::Obligation& o);
  bool applies(const expr::Program& when, const util::LocatedText& text, const model::Rule& r);
  model::ElementResult match(const model::Rule& r, const model::Element& e,
                             const CompiledElement& ce, int index);
  bool met_by(const model::ElementResult& er, util::Date due) const;
  void contest(const model::Rule& r, const model::Obligation& o, model::RuleResult& res,
               double total) const;

  const CompiledWorkspace& m_cw;
  const CompanyView& m_view;
  util::Diagnostics& m_diags;
  expr::Activation m_activation;
  std::vector<int> m_scratch;         // candidates of a disjunctive fact
  std::vector<ImpactView> m_impacts;  // built by the first per-impact rule
  bool m_impacts_built = false;
};

}  // namespace ungap::engine
