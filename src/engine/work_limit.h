#pragma once
// The bound on how much one run may evaluate (`--max-work`): checked after loading and before
// evaluating, so an input that would take hours is refused at once with the figures.
#include <cstdint>
#include <string>
#include <vector>

#include "model/workspace.h"
#include "util/date.h"

namespace ungap::engine {

// Default of --max-work: far above any real workspace (the 10,000-company load run of
// docs/robustness.md needs 5.6e8), far below what would run for hours.
inline constexpr std::uint64_t kDefaultMaxWork = 2'000'000'000;

// Upper bound of element × claim evaluations: over the selected companies (all when `companies`
// is empty), claims dated on or before `as_of` times the elements and contested_by entries of
// every rule. Returns an error message when it exceeds `max_work` (0: no limit), else "".
std::string check_work_limit(const model::Workspace& ws, const std::vector<std::string>& companies,
                             util::Date as_of, std::uint64_t max_work);

}  // namespace ungap::engine
