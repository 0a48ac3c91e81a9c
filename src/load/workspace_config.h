#pragma once
// `ungap.yaml`: an optional file at a workspace's root that names the folders to load, so that
// `ungap check` in a repository loads the data and not, say, its test fixtures.
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "load/limits.h"
#include "load/schema.h"
#include "load/workspace_loader.h"

namespace ungap::load {

inline constexpr std::string_view kConfigFileName = "ungap.yaml";

const KeyTable& config_table();

// The folders the `ungap.yaml` in `dir` names (joined to `dir`), or nullopt when the file is
// broken; the full load reports why.
std::optional<std::vector<std::filesystem::path>> configured_paths(const std::filesystem::path& dir,
                                                                   const Limits& limits);

// Expands a directory holding `ungap.yaml` into the folders it names (`paths:`); other paths
// are kept as given. An empty list means the current directory.
std::vector<std::filesystem::path> expand_paths(const std::vector<std::filesystem::path>& paths,
                                                util::Diagnostics& diags, model::Workspace& ws,
                                                const LoadOptions& options);

}  // namespace ungap::load
