#pragma once
// The workspace prepared for evaluation: every expression compiled once, the facts each `match`
// requires (to index claims), the rules that check each obligation, and the mappings into each
// obligation.
#include <optional>
#include <vector>

#include "engine/company_view.h"
#include "engine/match_plan.h"
#include "engine/run_budget.h"
#include "expr/program.h"
#include "model/workspace.h"
#include "util/diagnostic.h"

namespace ungap::engine {

struct CompiledElement {
  expr::Program program;
  MatchPlan plan;  // which claims CEL need not see, and whether it need see any
};

struct CompiledRule {
  std::optional<expr::Program> when;
  std::vector<CompiledElement> elements;
  std::vector<CompiledElement> contested;
};

struct MappedFrom {
  model::ObligationRef from;
  model::Relation relation = model::Relation::kEqual;
  int mapping = -1;
};

class CompiledWorkspace {
 public:
  // Compiles every expression; the workspace must have loaded without errors. Problems that
  // still occur (none should) go to `diags`.
  // `limits` must be those the workspace was loaded with, so that what load accepted compiles.
  // `engine` decides whether the claim fast path is used (match_plan.h).
  CompiledWorkspace(const model::Workspace& ws, util::Diagnostics& diags,
                    const expr::Limits& limits = {}, MatchEngine engine = default_match_engine());

  const model::Workspace& ws() const { return m_ws; }
  // Shared by every evaluation of the run, on every thread.
  const RunBudget& budget() const { return m_budget; }
  const CompiledRule& rule(int i) const { return m_rules[static_cast<std::size_t>(i)]; }
  const std::optional<expr::Program>& applies_when(int fw, int ob) const {
    return m_applies_when[static_cast<std::size_t>(fw)][static_cast<std::size_t>(ob)];
  }
  const std::vector<int>& rules_for(int fw, int ob) const {
    return m_rules_by_obligation[static_cast<std::size_t>(fw)][static_cast<std::size_t>(ob)];
  }
  const std::vector<MappedFrom>& mapped_from(int fw, int ob) const {
    return m_mapped_from[static_cast<std::size_t>(fw)][static_cast<std::size_t>(ob)];
  }

 private:
  template <typename T>
  using PerObligation = std::vector<std::vector<T>>;

  const model::Workspace& m_ws;
  RunBudget m_budget;
  std::vector<CompiledRule> m_rules;
  PerObligation<std::optional<expr::Program>> m_applies_when;
  PerObligation<std::vector<int>> m_rules_by_obligation;
  PerObligation<std::vector<MappedFrom>> m_mapped_from;
};

}  // namespace ungap::engine
