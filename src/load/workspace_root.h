#pragma once
// Where a workspace begins: the nearest folder at or above the paths given that holds
// `ungap.yaml`, as git finds `.git`. A command given part of a workspace loads all of it, so
// references to frameworks and rules elsewhere resolve, and reports only the part it was given.
#include <filesystem>
#include <string>
#include <vector>

#include "load/limits.h"

namespace ungap::load {

struct WorkspaceRoot {
  // The folder holding `ungap.yaml` (relative to the current folder unless the paths given were
  // absolute); when no path lies in a workspace, the one folder given, else the current one.
  std::filesystem::path root = ".";
  bool configured = false;  // an `ungap.yaml` was found and the paths lie in its workspace
  // What to load: the root (whose `ungap.yaml` names the folders) and any path given outside
  // that workspace; without a workspace, the paths as given.
  std::vector<std::filesystem::path> load;
  // The paths asked for, when only part of the workspace was; empty when all of it was.
  std::vector<std::filesystem::path> selected;
  std::string error;  // the paths lie in two different workspaces
};

// A path lies in the workspace of the nearest `ungap.yaml` above it when it is that folder (or
// above it) or lies under one of the folders the file names; anything else, such as test
// fixtures beside the data, is loaded on its own as given.
WorkspaceRoot find_workspace(const std::vector<std::filesystem::path>& paths, const Limits& limits);

// Whether `path` is `folder` or lies below it, compared as absolute, normal paths.
bool is_within(const std::filesystem::path& path, const std::filesystem::path& folder);

}  // namespace ungap::load
