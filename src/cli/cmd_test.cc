// `ungap test`: runs the rule tests (`*.test.yaml`) and measures coverage.
#include <fmt/format.h>

#include <cstdio>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/output_format.h"
#include "cli/run_setup.h"
#include "engine/test_runner.h"
#include "report/test_formats.h"

namespace ungap::cli {

namespace {

struct TestOptions {
  InputOptions inputs;
  bool coverage = false;
  double min_coverage = -1;
  std::vector<std::string> frameworks;
  std::string format;  // "" until chosen: --format, else -o's extension, else text
  std::string output;
  int jobs = 0;
};

// Whether the files asked for hold a test; false after saying there is none, since a run of
// no test (a mistyped path in CI) would otherwise pass.
bool any_test(const model::Workspace& ws, const Selection& selection, const InputOptions& inputs) {
  for (const auto& t : ws.tests)
    if (selection.has(t.loc)) return true;
  std::fprintf(stderr,
               "ungap: error: no rule test under %s: tests are files with `tests:`, "
               "named *.test.yaml\n",
               paths_shown(inputs).c_str());
  return false;
}

// 100% of nothing is no coverage: a run that measures no obligation is an error.
bool coverage_measurable(const engine::Coverage& coverage, const InputOptions& inputs) {
  if (coverage.assessable > 0) return true;
  std::fprintf(stderr, "ungap: error: no assessable obligation to measure coverage of under %s\n",
               paths_shown(inputs).c_str());
  return false;
}

int test(TestOptions o) {
  auto chosen = output_format(o.output, {o.format, "text", {"text", "junit"}});
  if (!chosen.error.empty()) return cannot_run(chosen.error);
  if (!output_folder_exists(o.output)) return kCannotRun;
  o.format = chosen.format;
  util::Diagnostics diags;
  InputOptions inputs = o.inputs;
  inputs.jobs = o.jobs;
  inputs.names = o.format == "junit" ? Names::kFromRoot : Names::kFromHere;
  auto loaded = load_inputs(inputs, diags);
  if (!loaded || print_diagnostics(diags, &*loaded)) return kCannotRun;
  model::Workspace& ws = loaded->ws;
  if (!select_frameworks(ws, o.frameworks) || !any_test(ws, loaded->selection, o.inputs))
    return kCannotRun;
  // Coverage counts every test of the workspace: a rule tested elsewhere is tested.
  std::optional<engine::Coverage> coverage;
  if (o.coverage || o.min_coverage >= 0) {
    std::vector<std::string> measured = o.frameworks;
    if (measured.empty()) measured = loaded->selection.frameworks(ws);
    coverage = engine::measure_coverage(ws, measured);
    if (!coverage_measurable(*coverage, o.inputs)) return kCannotRun;
  }
  std::erase_if(ws.tests, [&](const auto& t) { return !loaded->selection.has(t.loc); });
  util::Diagnostics eval_diags;
  engine::CompiledWorkspace cw(ws, eval_diags, o.inputs.limits.expr);
  auto results = engine::run_tests(cw, o.jobs, eval_diags);
  print_diagnostics(eval_diags, &*loaded);
  if (cw.budget().exceeded()) return kCannotRun;

  std::string out = o.format == "junit" ? report::tests_junit(results)
                                        : report::tests_text(results, coverage, o.coverage);
  if (!write_output(o.output, out, ws)) return kCannotRun;

  bool failed = false;
  for (const auto& r : results) failed |= !r.passed();
  // Per framework: a well-covered framework must not hide one that is not.
  for (const auto& f :
       coverage ? coverage->per_framework : std::vector<engine::FrameworkCoverage>{})
    if (o.min_coverage >= 0 && f.percent() + 1e-9 < o.min_coverage) {
      std::fprintf(stderr, "ungap: coverage of %s is %.1f%%, below --min-coverage %.1f%%\n",
                   f.framework.c_str(), f.percent(), o.min_coverage);
      failed = true;
    }
  return failed ? kFindings : kOk;
}

}  // namespace

void add_test_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<TestOptions>();
  auto* cmd = app.add_subcommand("test", "Run the rule tests (*.test.yaml)");
  add_input_options(*cmd, o->inputs);
  cmd->add_flag("--coverage", o->coverage, "List obligations with no rule and rules with no test");
  cmd->add_option(
         "--min-coverage", o->min_coverage,
         "Fail when a framework measured has under PCT% of its assessable obligations covered")
      ->check(percentage());
  cmd->add_option("--framework", o->frameworks, "Measure coverage of this framework (repeatable)");
  cmd->add_option("--format", o->format, "Output format (default: from -o's extension, else text)")
      ->check(CLI::IsMember({"text", "junit"}));
  cmd->add_option("-o,--output", o->output, "Write the results to this file (atomically)");
  cmd->add_option("-j,--jobs", o->jobs, "Threads (0: one per core)")->check(CLI::Range(0, 1024));
  cmd->callback([o, &exit_code] { exit_code = test(*o); });
}

}  // namespace ungap::cli
