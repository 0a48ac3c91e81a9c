#pragma once
// Loads every YAML file below the given paths into one Workspace, collecting every problem.
#include <filesystem>
#include <vector>

#include "load/limits.h"
#include "model/workspace.h"
#include "util/diagnostic.h"

namespace ungap::load {

struct LoadOptions {
  Limits limits;
  // Paths in diagnostics and reports are shown relative to this folder.
  std::filesystem::path root = ".";
  // Threads for reading and parsing files (0: one per core); the result does not depend on it.
  int jobs = 0;
};

// Expands a directory holding `ungap.yaml` into the folders it names (`paths:`); other paths
// are kept as given. An empty list means the current directory.
std::vector<std::filesystem::path> expand_paths(const std::vector<std::filesystem::path>& paths,
                                                util::Diagnostics& diags,
                                                model::Workspace& ws, const LoadOptions& options);

model::Workspace load_workspace(const std::vector<std::filesystem::path>& paths,
                                const LoadOptions& options, util::Diagnostics& diags);

}  // namespace ungap::load
