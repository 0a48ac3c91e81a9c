#pragma once
// Where a report (`check -o`) or the test results (`test -o`) may be written: into a folder that
// exists, checked before the run so it fails at once and the message names the folder, not a
// temporary file; and never over an input, nor to a .yaml the next run would load. Standard
// output ("" or "-") always may. Each check returns the message saying why not, or "".
#include <string>

#include "model/workspace.h"

namespace ungap::report {

std::string output_folder_problem(const std::string& path);
std::string output_over_input(const std::string& path, const model::Workspace& ws);
// Whether two command-line paths name the same file (existing or not).
bool same_file(const std::string& a, const std::string& b);

}  // namespace ungap::report
