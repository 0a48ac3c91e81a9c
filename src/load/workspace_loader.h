#pragma once
// Loads every YAML file below the given paths into one Workspace, collecting every problem.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "load/limits.h"
#include "load/yaml_tree.h"
#include "model/workspace.h"
#include "util/diagnostic.h"
#include "util/file_io.h"
#include "util/progress.h"

namespace ungap::load {

struct LoadOptions {
  Limits limits;
  // Paths in diagnostics and reports are shown relative to this folder.
  std::filesystem::path root = ".";
  // Threads for reading and parsing files (0: one per core); the result does not depend on it.
  int jobs = 0;
  // What may be read: every input, `paths:` entry and source snapshot must lie inside it after
  // symbolic links are resolved (default: no bound; the command line sets one, see
  // docs/security.md).
  util::Confinement confinement;
  // Which YAML reader reads every file of this load.
  YamlReader yaml_reader = reader_from_environment();
  // When set, counts the files read (a stage "reading files"), for a progress display.
  util::Progress* progress = nullptr;
};

// Said of a file, `paths:` entry or snapshot that leads out of the confinement. The same words
// whether the target exists or not, so the message tells nothing about the disk.
inline constexpr const char* kOutsideMessage =
    "this path leads outside the workspace (after following symbolic links) and is not read; "
    "--allow-outside-workspace lifts this bound";

model::Workspace load_workspace(const std::vector<std::filesystem::path>& paths,
                                const LoadOptions& options, util::Diagnostics& diags);

// YAML texts by file name, for a workspace held in memory.
using MemoryFiles = std::map<std::string, std::string>;

// Loads a workspace from texts in memory, in name order, with the same parsing, checks and
// resolution as from disk, so that tests need no temporary folder. What lives on disk is not
// there: no ungap.yaml is read and a source's `snapshot` cannot be found (tests of those load
// a folder).
model::Workspace load_in_memory(const MemoryFiles& files, const LoadOptions& options,
                                util::Diagnostics& diags);

}  // namespace ungap::load
