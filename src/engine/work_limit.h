#pragma once
// The bound on how much one run may evaluate (`--max-work`): checked after loading and before
// evaluating, so an input that would take hours is refused at once with the figures.
#include <cstdint>
#include <string>
#include <vector>

#include "model/workspace.h"
#include "util/date.h"

namespace ungap::engine {

// Default of --max-work: above the benchmark's largest workloads (10,000 companies x 1,000 rules
// is 6.4e9 and runs in 40 s on one thread, since the claim index skips most pairs), and at the
// slowest measured rate, a regex over every claim with no index (about 130 ns a pair), about
// 45 minutes on one thread: a run that would take hours is refused (docs/robustness.md).
inline constexpr std::uint64_t kDefaultMaxWork = 20'000'000'000;

// Upper bound of element × claim evaluations: over the selected companies (all when `companies`
// is empty), claims dated on or before `as_of` times the elements and contested_by entries of
// every rule. Returns an error message when it exceeds `max_work` (0: no limit), else "".
std::string check_work_limit(const model::Workspace& ws, const std::vector<std::string>& companies,
                             util::Date as_of, std::uint64_t max_work);

}  // namespace ungap::engine
