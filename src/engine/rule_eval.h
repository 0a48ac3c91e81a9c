#pragma once
// Evaluates one rule for one company at one date (docs/evaluation.md): applicability, the
// elements met and their evidence, status, score and the contested / overdue / late flags.
#include "engine/company_view.h"
#include "engine/compiled_workspace.h"
#include "expr/program.h"
#include "model/finding.h"
#include "util/diagnostic.h"

namespace ungap::engine {

class RuleEvaluator {
 public:
  RuleEvaluator(const CompiledWorkspace& cw, const CompanyView& view, util::Diagnostics& diags);

  // `obligation_due` is the deadline of the obligation checked, used when the rule has none.
  model::RuleResult evaluate(int rule, std::optional<util::Date> obligation_due);

 private:
  bool applies(const expr::Program& when, const util::LocatedText& text, const model::Rule& r);
  model::ElementResult match(const model::Rule& r, const model::Element& e,
                             const CompiledElement& ce, int index);
  bool met_by(const model::ElementResult& er, util::Date due) const;

  const CompiledWorkspace& m_cw;
  const CompanyView& m_view;
  util::Diagnostics& m_diags;
  expr::Activation m_activation;
  std::vector<int> m_scratch;  // candidates of a disjunctive fact
};

}  // namespace ungap::engine
