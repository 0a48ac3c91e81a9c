// `ungap lint`: loads a workspace and reports every problem, for rule authors and their CI.
#include <cstdio>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/run_setup.h"
#include "report/diagnostic_formats.h"

namespace ungap::cli {

namespace {

struct LintOptions {
  InputOptions inputs;
  std::string format = "text";
  bool strict = false;
};

int lint(LintOptions o) {
  util::Diagnostics diags;
  o.inputs.names = o.format == "text" ? Names::kFromHere : Names::kFromRoot;
  auto loaded = load_inputs(o.inputs, diags);
  if (!loaded) return kCannotRun;
  auto ds = loaded->selection.filter(diags.sorted());
  // A mistyped path in CI must not pass as a clean lint.
  std::string nothing = loaded->selection.nothing_under(loaded->ws, paths_shown(o.inputs));
  if (!nothing.empty() && ds.empty()) return cannot_run(nothing);
  // Without a vocabulary there is nothing to check words against; say so, on stderr so that the
  // machine formats stay clean.
  if (!loaded->ws.vocabulary.present)
    std::fputs(
        "note: no vocabulary file in these inputs: topics, contexts, sectors, customers, "
        "products, rights and rights-holder groups are not checked\n",
        stderr);
  std::string out = report::render_diagnostics(o.format, ds);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return report::lint_fails(ds, o.strict) ? kFindings : kOk;
}

}  // namespace

void add_lint_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<LintOptions>();
  auto* cmd = app.add_subcommand("lint", "Check workspace files and report every problem");
  add_input_options(*cmd, o->inputs);
  cmd->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember(report::diagnostic_format_names()))
      ->capture_default_str();
  cmd->add_flag("--strict", o->strict, "Fail on warnings too");
  cmd->callback([o, &exit_code] { exit_code = lint(*o); });
}

}  // namespace ungap::cli
