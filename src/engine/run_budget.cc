#include "engine/run_budget.h"

#include <fmt/format.h>

namespace ungap::engine {

namespace {

// Steps spent on this thread and not yet added to the run's count: adding each evaluation's
// steps to a shared counter would make the threads contend on it.
thread_local std::uint64_t t_pending = 0;
constexpr std::uint64_t kFlushSteps = 1u << 20;

}  // namespace

bool RunBudget::charge(std::uint64_t steps) const {
  t_pending += steps;
  if (t_pending < kFlushSteps) return true;
  std::uint64_t used = m_used.fetch_add(t_pending, std::memory_order_relaxed) + t_pending;
  t_pending = 0;
  return used <= m_max_run;
}

void RunBudget::stop(bool one, const util::Location& loc, const std::string& what,
                     util::Diagnostics& diags) const {
  if (m_stopped.exchange(true)) return;  // reported once, by the first to get here
  std::string message =
      one ? fmt::format(
                "evaluating {} took more than {} steps (--max-eval-steps): nested "
                "comprehensions multiply their lists' lengths; the run stops here",
                what, m_max_eval)
          : fmt::format(
                "the run's evaluations took more than {} steps (--max-run-steps); it "
                "stopped while evaluating {}",
                m_max_run, what);
  diags.error(loc, std::move(message), "eval-budget");
}

}  // namespace ungap::engine
