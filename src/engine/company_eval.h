#pragma once
// Evaluates every obligation of every framework for one company at one date (docs/evaluation.md):
// applicability, the rules of each assessable leaf, aggregation of parents, and statuses carried
// over mappings to obligations with no rule of their own.
#include <optional>
#include <string>
#include <vector>

#include "engine/combine.h"
#include "engine/company_view.h"
#include "engine/compiled_workspace.h"
#include "engine/rule_eval.h"
#include "model/finding.h"
#include "util/diagnostic.h"

namespace ungap::engine {

class CompanyEvaluator {
 public:
  CompanyEvaluator(const CompiledWorkspace& cw, const CompanyView& view, util::Diagnostics& diags);

  // Findings for every obligation of every framework, framework by framework, in file order.
  std::vector<model::Finding> evaluate();

 private:
  model::Finding& at(int fw, int ob) {
    return m_findings[m_offsets[static_cast<std::size_t>(fw)] + static_cast<std::size_t>(ob)];
  }
  // True or false, or nullopt when the expression cannot be decided for this company (e.g. it
  // reads a figure the company does not give): the obligation is then not-assessed, not
  // wrongly not-applicable. The error message goes to `why`.
  std::optional<bool> applies_when(int fw, int ob, std::string& why);
  void evaluate_leaf(int fw, int ob);
  void aggregate_parents(int fw);
  bool derive(int fw, int ob);

  const CompiledWorkspace& m_cw;
  const CompanyView& m_view;
  util::Diagnostics& m_diags;
  RuleEvaluator m_rules;
  expr::Activation m_activation;
  std::vector<std::size_t> m_offsets;
  std::vector<model::Finding> m_findings;
};

// What a source's verdict counts for once carried over a mapping's relation: `equal` and
// `superset` carry it whole; over `subset` and `intersect` the source covers only part of the
// target, so its score is halved (met becomes partial 50).
Verdict carry(model::Relation relation, Verdict source);

}  // namespace ungap::engine
