#pragma once
// Options every command that reads a workspace shares: the paths and the input limits.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "engine/work_limit.h"
#include "load/limits.h"
#include "model/workspace.h"
#include "util/diagnostic.h"

namespace ungap::cli {

struct InputOptions {
  std::vector<std::string> paths;
  int jobs = 0;  // threads for loading; commands with --jobs pass theirs
  load::Limits limits;
  std::uint64_t max_work = engine::kDefaultMaxWork;  // check only: see add_work_option
};

void add_input_options(CLI::App& cmd, InputOptions& o);
// `--max-work`, for the commands that evaluate every company (check).
void add_work_option(CLI::App& cmd, InputOptions& o);
// Prints an error and returns false when evaluating the selected companies at `as_of` would
// exceed `--max-work`.
bool within_work_limit(const InputOptions& o, const model::Workspace& ws,
                       const std::vector<std::string>& companies, util::Date as_of);
// Loads the workspace; diagnostics are collected in `diags`.
model::Workspace load_inputs(const InputOptions& o, util::Diagnostics& diags);
// Prints diagnostics to stderr (text) and returns whether there were errors.
bool print_diagnostics(const util::Diagnostics& diags);

}  // namespace ungap::cli
