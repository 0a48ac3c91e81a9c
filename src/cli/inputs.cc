#include "cli/inputs.h"

#include <cstdio>
#include <filesystem>

#include "load/workspace_loader.h"
#include "report/diagnostic_formats.h"

namespace ungap::cli {

void add_input_options(CLI::App& cmd, InputOptions& o) {
  cmd.add_option("paths", o.paths, "Files or folders to load (default: .)");
  auto* g = cmd.add_option_group("Limits");
  g->add_option("--max-file-size", o.limits.max_file_bytes, "Largest input file, in bytes")
      ->capture_default_str();
  g->add_option("--max-total-size", o.limits.max_total_bytes, "Largest total input, in bytes")
      ->capture_default_str();
  g->add_option("--max-depth", o.limits.max_depth, "Deepest YAML nesting")->capture_default_str();
  g->add_option("--max-alias-nodes", o.limits.max_alias_nodes,
                "Most YAML nodes reachable through aliases, per file")
      ->capture_default_str();
}

model::Workspace load_inputs(const InputOptions& o, util::Diagnostics& diags) {
  std::vector<std::filesystem::path> paths(o.paths.begin(), o.paths.end());
  load::LoadOptions options;
  options.limits = o.limits;
  options.root = load::workspace_root(paths);
  return load::load_workspace(paths, options, diags);
}

bool print_diagnostics(const util::Diagnostics& diags) {
  auto ds = diags.sorted();
  if (ds.empty()) return false;
  std::string text = report::diagnostics_text(ds);
  std::fputs(text.c_str(), stderr);
  return diags.has_errors();
}

}  // namespace ungap::cli
