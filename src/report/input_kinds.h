#pragma once
// What each input file is to the run (framework, mapping, statements, snapshot, rules, tests,
// config), so `ungap diff` can say whether a framework, the rules or a company's statements
// changed between two reports.
#include <string>
#include <string_view>
#include <vector>

#include "model/workspace.h"

namespace ungap::report {

// One kind per input, in the order of ws.inputs; "other" for a file nothing was loaded from.
std::vector<std::string_view> input_kinds(const model::Workspace& ws);

}  // namespace ungap::report
