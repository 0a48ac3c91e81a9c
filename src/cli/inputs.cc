#include "cli/inputs.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "cli/progress_line.h"
#include "load/input_paths.h"
#include "load/workspace_loader.h"
#include "load/workspace_root.h"
#include "report/diagnostic_formats.h"
#include "util/file_io.h"

namespace fs = std::filesystem;

namespace ungap::cli {

namespace {

using Renamed = std::map<const util::SourceFile*, std::shared_ptr<const util::SourceFile>>;

// `file` named as opened from the current folder, when output names it from the workspace
// root: a copy under that name, kept in `renamed` while the diagnostics are printed.
const util::SourceFile* from_here(const util::SourceFile* file, const Loaded& loaded,
                                  Renamed& renamed) {
  if (!file) return file;
  auto it = loaded.opened.find(file->path());
  if (it == loaded.opened.end() || it->second == it->first) return file;
  auto& copy = renamed[file];
  if (!copy) copy = std::make_shared<util::SourceFile>(it->second, file->content());
  return copy.get();
}

}  // namespace

CLI::Validator percentage() {
  return CLI::Validator(
      [](std::string& s) -> std::string {
        char* end = nullptr;
        double v = std::strtod(s.c_str(), &end);
        if (s.empty() || *end != '\0' || !(v >= 0.0 && v <= 100.0))
          return "must be a number from 0 to 100, not '" + s + "'";
        return {};
      },
      "0 to 100");
}

namespace {

// Input limits: positive, and small enough that a typo cannot turn a bound into none.
template <typename T>
CLI::Range limit(T max) {
  return CLI::Range(T{1}, max);
}

}  // namespace

void add_input_options(CLI::App& cmd, InputOptions& o) {
  cmd.add_option("paths", o.paths, "Files or folders to load (default: .)");
  cmd.add_flag("--allow-outside-workspace", o.allow_outside,
               "Read inputs, `paths:` and source snapshots that lead outside the workspace "
               "(through `..`, an absolute path or a symbolic link)");
  cmd.add_flag("-q,--quiet", o.quiet,
               "No progress line (else shown on stderr when it is a terminal and the run takes "
               "over a second)");
  auto* g = cmd.add_option_group("Limits");
  g->add_option("--max-file-size", o.limits.max_file_bytes, "Largest input file, in bytes")
      ->check(limit<std::uint64_t>(std::uint64_t{1} << 40))
      ->capture_default_str();
  g->add_option("--max-total-size", o.limits.max_total_bytes, "Largest total input, in bytes")
      ->check(limit<std::uint64_t>(std::uint64_t{1} << 44))
      ->capture_default_str();
  g->add_option("--max-depth", o.limits.max_depth, "Deepest YAML nesting")
      ->check(limit<std::uint32_t>(load::kMaxYamlDepth))
      ->capture_default_str();
  g->add_option("--max-alias-nodes", o.limits.max_alias_nodes,
                "Most YAML nodes reachable through aliases, per file")
      ->check(limit<std::uint64_t>(std::uint64_t{1} << 32))
      ->capture_default_str();
  g->add_option("--max-expr-length", o.limits.expr.max_length,
                "Longest rule expression (match, when, applies_when), in bytes")
      ->check(limit<std::size_t>(std::size_t{1} << 24))
      ->capture_default_str();
  g->add_option("--max-expr-depth", o.limits.expr.max_depth, "Deepest nesting in an expression")
      ->check(limit<int>(expr::kMaxExprDepth))
      ->capture_default_str();
  g->add_option("--max-eval-steps", o.limits.expr.max_eval_steps,
                "Most steps one evaluation of an expression may take (loop iterations, calls, "
                "and what they allocate)")
      ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 40))
      ->capture_default_str();
  g->add_option("--max-run-steps", o.limits.expr.max_run_steps,
                "Most steps all evaluations of a run may take together")
      ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{1} << 50))
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

std::optional<Loaded> load_inputs(const InputOptions& o, util::Diagnostics& diags) {
  std::vector<fs::path> paths(o.paths.begin(), o.paths.end());
  Loaded out;
  if (load::reports_given(paths, out.ws, diags)) return out;
  load::WorkspaceRoot where = load::find_workspace(paths, o.limits);
  if (!where.error.empty()) {
    std::fprintf(stderr, "ungap: error: %s\n", where.error.c_str());
    return std::nullopt;
  }
  load::LoadOptions options;
  options.limits = o.limits;
  options.root = o.names == Names::kFromRoot ? where.root : fs::path(".");
  options.jobs = o.jobs;
  if (!o.allow_outside)
    options.confinement = util::Confinement(load::confinement_roots(paths, where.root));
  util::Progress own;
  options.progress = o.progress ? o.progress : &own;
  ProgressLine line(*options.progress, !o.quiet);
  out.ws = load::load_workspace(where.load, options, diags);
  line.stop();
  if (!where.selected.empty())
    out.selection = engine::Selection(out.ws, [&](const model::InputFile& in) {
      return std::any_of(where.selected.begin(), where.selected.end(),
                         [&](const fs::path& s) { return load::is_within(in.real_path, s); });
    });
  if (o.names == Names::kFromRoot)
    for (const auto& in : out.ws.inputs)
      out.opened[in.path] = fs::path(in.real_path).lexically_normal().generic_string();
  return out;
}

bool print_diagnostics(const util::Diagnostics& diags, const Loaded* loaded) {
  std::vector<util::Diagnostic> shown;
  Renamed renamed;
  for (auto& d : diags.sorted()) {
    if (d.severity != util::Severity::kError && loaded && !loaded->selection.has(d.loc)) continue;
    if (loaded) d.loc.file = from_here(d.loc.file, *loaded, renamed);
    shown.push_back(std::move(d));
  }
  if (shown.empty()) return false;
  std::string text = report::diagnostics_text(shown);
  std::fputs(text.c_str(), stderr);
  return diags.has_errors();
}

std::string paths_shown(const InputOptions& o) {
  if (o.paths.empty()) return ".";
  std::string out;
  for (const auto& p : o.paths) out += (out.empty() ? "" : " ") + p;
  return out;
}

}  // namespace ungap::cli
