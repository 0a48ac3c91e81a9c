#pragma once
// Options every command that reads a workspace shares: the paths and the input limits.
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "load/limits.h"
#include "model/workspace.h"
#include "util/diagnostic.h"

namespace ungap::cli {

struct InputOptions {
  std::vector<std::string> paths;
  load::Limits limits;
};

void add_input_options(CLI::App& cmd, InputOptions& o);
// Loads the workspace; diagnostics are collected in `diags`.
model::Workspace load_inputs(const InputOptions& o, util::Diagnostics& diags);
// Prints diagnostics to stderr (text) and returns whether there were errors.
bool print_diagnostics(const util::Diagnostics& diags);

}  // namespace ungap::cli
