#pragma once
// Options every command that reads a workspace shares: the paths and the input limits; and
// loading them: the workspace found from the paths, and what of it they ask for.
#include <CLI/CLI.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/selection.h"
#include "engine/work_limit.h"
#include "load/limits.h"
#include "model/workspace.h"
#include "util/diagnostic.h"
#include "util/progress.h"

namespace ungap::cli {

// How output names files: from the current folder (text for people, who open them from
// there) or from the workspace root (reports and tool formats, the same wherever run).
enum class Names { kFromHere, kFromRoot };

struct InputOptions {
  std::vector<std::string> paths;
  int jobs = 0;  // threads for loading; commands with --jobs pass theirs
  load::Limits limits;
  bool allow_outside = false;                        // --allow-outside-workspace
  std::uint64_t max_work = engine::kDefaultMaxWork;  // check only: see add_work_option
  Names names = Names::kFromHere;
  bool quiet = false;  // --quiet: no progress line
  // The run's progress, when the command goes on counting after loading (check); else
  // load_inputs counts in one of its own.
  util::Progress* progress = nullptr;
};

// A number from 0 to 100 (CLI::Range lets NaN through, which would disable a gate).
CLI::Validator percentage();

void add_input_options(CLI::App& cmd, InputOptions& o);
// `--max-work`, for the commands that evaluate every company (check).
void add_work_option(CLI::App& cmd, InputOptions& o);

struct Loaded {
  model::Workspace ws;
  engine::Selection selection;
  // For names from the workspace root: each input's path as opened from the current folder,
  // by its name in output, so diagnostics on stderr open from here.
  std::map<std::string, std::string> opened;
};
// Finds the workspace the paths lie in and loads it; diagnostics are collected in `diags`.
// nullopt after printing an error that stops before loading (paths in two workspaces).
std::optional<Loaded> load_inputs(const InputOptions& o, util::Diagnostics& diags);
// Prints diagnostics to stderr (text, naming files from the current folder): every error,
// since errors stop the run, and the warnings in the files asked for. Returns whether there
// were errors.
bool print_diagnostics(const util::Diagnostics& diags, const Loaded* loaded = nullptr);
// The paths as typed, for messages ("." when none).
std::string paths_shown(const InputOptions& o);

}  // namespace ungap::cli
