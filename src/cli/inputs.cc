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
  g->add_option("--max-expr-length", o.limits.expr.max_length,
                "Longest rule expression (match, when, applies_when), in bytes")
      ->capture_default_str();
  g->add_option("--max-expr-depth", o.limits.expr.max_depth, "Deepest nesting in an expression")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  g->add_option("--max-regex-size", o.limits.expr.max_regex_program_size,
                "Largest compiled `matches` pattern (RE2 program size)")
      ->check(CLI::Range(1, 1 << 24))
      ->capture_default_str();
}

void add_work_option(CLI::App& cmd, InputOptions& o) {
  cmd.get_option_group("Limits")
      ->add_option("--max-work", o.max_work,
                   "Most element x claim evaluations in one run (0: no limit)")
      ->capture_default_str();
}

bool within_work_limit(const InputOptions& o, const model::Workspace& ws,
                       const std::vector<std::string>& companies, util::Date as_of) {
  std::string err = engine::check_work_limit(ws, companies, as_of, o.max_work);
  if (err.empty()) return true;
  std::fprintf(stderr, "ungap: error: %s\n", err.c_str());
  return false;
}

model::Workspace load_inputs(const InputOptions& o, util::Diagnostics& diags) {
  std::vector<std::filesystem::path> paths(o.paths.begin(), o.paths.end());
  load::LoadOptions options;
  options.limits = o.limits;
  options.root = load::workspace_root(paths);
  options.jobs = o.jobs;
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
