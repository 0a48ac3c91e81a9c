#pragma once
// `ungap init --from PATH`: what of a loaded workspace a new one takes, as files to write: its
// vocabulary, frameworks, mappings, rules and rule tests, none of its companies, each at its
// path in the workspace, and an `ungap.yaml` naming their folders and `statements`.
#include <string>
#include <vector>

#include "model/workspace.h"
#include "report/new_files.h"

namespace ungap::report {

struct WorkspaceCopy {
  std::vector<NewFile> files;
  std::string problem;  // a file outside the workspace (copy it by hand); files is empty then
};

// The copy of `ws`, loaded from `from` with names from its root.
WorkspaceCopy copy_definitions(const model::Workspace& ws, const std::string& from);

}  // namespace ungap::report
