#include "load/workspace_root.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "load/workspace_config.h"

namespace fs = std::filesystem;

namespace ungap::load {

namespace {

// Absolute and normal, without the empty last part a trailing '/' leaves.
fs::path normal(const fs::path& p) {
  std::error_code ec;
  fs::path out = fs::absolute(p, ec).lexically_normal();
  if (!out.has_filename() && out.has_parent_path() && out != out.root_path())
    out = out.parent_path();
  return out;
}

// The nearest folder at or above `path` holding ungap.yaml.
std::optional<fs::path> nearest_config(const fs::path& path) {
  std::error_code ec;
  fs::path dir = fs::is_directory(path, ec) ? path : path.parent_path();
  for (; !dir.empty(); dir = dir.parent_path()) {
    if (fs::is_regular_file(dir / kConfigFileName, ec)) return dir;
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
}

enum class Place { kOutside, kWhole, kPart };

// Where `path` (absolute) lies relative to the workspace at `root`.
Place place_in(const fs::path& path, const fs::path& root, const Limits& limits) {
  if (is_within(root, path)) return Place::kWhole;
  auto folders = configured_paths(root, limits);
  if (!folders) return Place::kPart;  // a broken ungap.yaml: the load reports it
  for (const auto& f : *folders)
    if (is_within(path, f)) return Place::kPart;
  return Place::kOutside;
}

// The root as the paths were given: relative to the current folder unless they were absolute.
fs::path shown_root(const fs::path& root, const std::vector<fs::path>& given) {
  bool relative =
      std::any_of(given.begin(), given.end(), [](const fs::path& p) { return p.is_relative(); });
  if (!relative) return root;
  fs::path rel = root.lexically_relative(normal("."));
  return rel.empty() ? fs::path(".") : rel;
}

}  // namespace

bool is_within(const fs::path& path, const fs::path& folder) {
  fs::path p = normal(path), f = normal(folder);
  auto [fi, pi] = std::mismatch(f.begin(), f.end(), p.begin(), p.end());
  return fi == f.end();
}

WorkspaceRoot find_workspace(const std::vector<fs::path>& paths, const Limits& limits) {
  std::vector<fs::path> given = paths.empty() ? std::vector<fs::path>{"."} : paths;
  WorkspaceRoot out;
  std::optional<fs::path> root;
  std::vector<fs::path> outside, part;
  bool whole = false;
  for (const auto& p : given) {
    fs::path abs = normal(p);
    std::error_code ec;
    // A path that does not exist is loaded as given, so the load reports it as missing.
    auto found = fs::exists(abs, ec) ? nearest_config(abs) : std::nullopt;
    Place place = found ? place_in(abs, *found, limits) : Place::kOutside;
    if (place == Place::kOutside) {
      outside.push_back(p);
      continue;
    }
    if (root && *root != *found) {
      out.error = fmt::format("the paths lie in two workspaces, {} and {}; give paths of one",
                              (*root / kConfigFileName).generic_string(),
                              (*found / kConfigFileName).generic_string());
      return out;
    }
    root = found;
    whole |= place == Place::kWhole;
    part.push_back(p);
  }
  if (!root) {
    // No workspace: reports name files from the one folder given, as from a root.
    std::error_code ec;
    if (given.size() == 1 && fs::is_directory(given[0], ec)) out.root = given[0];
    out.load = given;
    return out;
  }
  out.configured = true;
  out.root = shown_root(*root, given);
  out.load.push_back(out.root);
  for (const auto& p : outside) out.load.push_back(p);
  if (!whole) {
    out.selected = part;
    for (const auto& p : outside) out.selected.push_back(p);
  }
  return out;
}

}  // namespace ungap::load
