#pragma once
// The evaluation budget of a run (`--max-eval-steps`, `--max-run-steps`): each evaluation may
// take so many steps, and all of them together so many more. The first evaluation past either
// bound is reported at its expression and stops the run: every later evaluation returns at
// once, and no report is written (docs/security.md).
#include <atomic>
#include <cstdint>
#include <optional>
#include <string>

#include "expr/limits.h"
#include "expr/program.h"
#include "util/diagnostic.h"

namespace ungap::engine {

class RunBudget {
 public:
  explicit RunBudget(const expr::Limits& limits)
      : m_max_eval(limits.max_eval_steps), m_max_run(limits.max_run_steps) {}

  // The value of `program`, or nullopt once the run's budget is spent (reported once, at `loc`,
  // as the evaluation of `what()`, which is only called then).
  template <typename Describe>
  std::optional<expr::Value> evaluate(const expr::Program& program,
                                      const expr::Activation& activation, const util::Location& loc,
                                      util::Diagnostics& diags, Describe&& what) const {
    if (exceeded()) return std::nullopt;
    expr::Budget budget{m_max_eval};
    expr::Value v = program.evaluate(activation, budget);
    if (!budget.exhausted() && charge(m_max_eval - budget.left)) return v;
    stop(budget.exhausted(), loc, what(), diags);
    return std::nullopt;
  }
  bool exceeded() const { return m_stopped.load(std::memory_order_relaxed); }

 private:
  // Adds an evaluation's steps to the run's; false once the run is past its bound.
  bool charge(std::uint64_t steps) const;
  void stop(bool one, const util::Location& loc, const std::string& what,
            util::Diagnostics& diags) const;

  std::uint64_t m_max_eval;
  std::uint64_t m_max_run;
  mutable std::atomic<std::uint64_t> m_used{0};
  mutable std::atomic<bool> m_stopped{false};
};

}  // namespace ungap::engine
