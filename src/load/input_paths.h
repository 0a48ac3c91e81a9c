#pragma once
// What the paths given on the command line are, before anything is loaded from them: a report
// given by mistake where a workspace file was expected, and the folders a run may read from.
#include <filesystem>
#include <vector>

#include "model/workspace.h"
#include "util/diagnostic.h"

namespace ungap::load {

// A report given as an input would parse as YAML and fail on every key: one error per such
// path (a JSON file ungap wrote: a report, a diff, lint's JSON) says what to do with it
// instead. The file is added to `ws.files` so the error can name it. Returns whether any path
// was one.
bool reports_given(const std::vector<std::filesystem::path>& paths, model::Workspace& ws,
                   util::Diagnostics& diags);

// What a run may read: the workspace root, each folder named on the command line and the
// folder of each file named there (the user chose them; what they contain did not). A folder
// named through a symbolic link counts as a file: it must lead inside the folder holding it.
std::vector<std::filesystem::path> confinement_roots(
    const std::vector<std::filesystem::path>& paths, const std::filesystem::path& root);

}  // namespace ungap::load
