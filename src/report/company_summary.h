#pragma once
// The per-company summary of the Markdown report (both layouts): the company's totals on each
// selected framework (company_totals.h), its worst gaps and its impacts.
#include <string>
#include <vector>

#include "model/finding.h"
#include "model/workspace.h"

namespace ungap::report {

// At most this many worst gaps are listed per company.
inline constexpr std::size_t kWorstGaps = 5;

// `heading`: the Markdown heading marks, "##" after the company's own tables, "###" under a
// section of all companies.
std::string company_summary_markdown(const model::Workspace& ws, const std::vector<int>& frameworks,
                                     const model::CompanyResult& cr, const char* heading);

}  // namespace ungap::report
