#pragma once
// The explanation of one verdict, for `ungap explain`: the obligation, each rule with each
// element met or missing and the claims behind it (quote, source, date), and why each flag is
// set.
#include <string>

#include "engine/compiled_workspace.h"
#include "model/finding.h"
#include "model/workspace.h"
#include "util/date.h"

namespace ungap::report {

// With `cw`, each missing element also shows its `match` and the claims nearest to meeting it
// (engine/nearest_claims.h) with the conditions they fail.
std::string explain_text(const model::Workspace& ws, const model::Company& company,
                         const model::CompanyResult& result, const model::Finding& finding,
                         util::Date as_of, const engine::CompiledWorkspace* cw = nullptr);

}  // namespace ungap::report
