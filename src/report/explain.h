#pragma once
// The explanation of one verdict, for `ungap explain`: the obligation, each rule with each
// element met or missing and the claims behind it (quote, source, date), and why each flag is
// set; as text for a terminal, Markdown, or JSON (schemas/explain.schema.json). All three
// render the same Explanation (explanation.h).
#include <string>

#include "report/explanation.h"

namespace ungap::report {

std::string explain_text(const Explanation& e);
// Inputs are escaped as in the Markdown report: no link or image from them is live.
std::string explain_markdown(const Explanation& e);
std::string explain_json(const Explanation& e);

// With `cw`, each missing element also shows its `match` and the claims nearest to meeting it
// (engine/nearest_claims.h) with the conditions they fail.
std::string explain_text(const model::Workspace& ws, const model::Company& company,
                         const model::CompanyResult& result, const model::Finding& finding,
                         util::Date as_of, const engine::CompiledWorkspace* cw = nullptr);

}  // namespace ungap::report
