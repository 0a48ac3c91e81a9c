// `ungap test`: runs the rule tests (`*.test.yaml`) and measures coverage.
#include <cstdio>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/output_format.h"
#include "cli/run_setup.h"
#include "engine/test_runner.h"
#include "report/output_target.h"
#include "report/test_formats.h"
#include "report/test_plan.h"

namespace ungap::cli {

namespace {

struct TestOptions {
  InputOptions inputs;
  report::TestRequest request;  // --coverage, --min-coverage, --framework
  std::string format;           // "" until chosen: --format, else -o's extension, else text
  std::string output;
  int jobs = 0;
};

int test(TestOptions o) {
  auto chosen = output_format(o.output, {o.format, "text", {"text", "junit"}});
  if (!chosen.error.empty()) return cannot_run(chosen.error);
  if (auto why = report::output_folder_problem(o.output); !why.empty()) return cannot_run(why);
  o.format = chosen.format;
  util::Diagnostics diags;
  InputOptions inputs = o.inputs;
  inputs.jobs = o.jobs;
  inputs.names = o.format == "junit" ? Names::kFromRoot : Names::kFromHere;
  auto loaded = load_inputs(inputs, diags);
  if (!loaded || print_diagnostics(diags, &*loaded)) return kCannotRun;
  model::Workspace& ws = loaded->ws;
  o.request.paths = paths_shown(o.inputs);
  auto plan = report::plan_tests(ws, loaded->selection, o.request);
  if (refused(plan.problems)) return kCannotRun;
  util::Diagnostics eval_diags;
  engine::CompiledWorkspace cw(ws, eval_diags, o.inputs.limits.expr);
  auto results = engine::run_tests(cw, o.jobs, eval_diags);
  print_diagnostics(eval_diags, &*loaded);
  if (cw.budget().exceeded()) return kCannotRun;

  std::string out = o.format == "junit"
                        ? report::tests_junit(results)
                        : report::tests_text(results, plan.coverage, o.request.coverage);
  if (!write_output(o.output, out, ws)) return kCannotRun;
  std::fputs(report::coverage_shortfalls(plan, o.request).c_str(), stderr);
  return report::tests_failed(results, plan, o.request) ? kFindings : kOk;
}

}  // namespace

void add_test_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<TestOptions>();
  auto* cmd = app.add_subcommand("test", "Run the rule tests (*.test.yaml)");
  add_input_options(*cmd, o->inputs);
  cmd->add_flag("--coverage", o->request.coverage,
                "List obligations with no rule and rules with no test");
  cmd->add_option(
         "--min-coverage", o->request.min_coverage,
         "Fail when a framework measured has under PCT% of its assessable obligations covered")
      ->check(percentage());
  cmd->add_option("--framework", o->request.frameworks,
                  "Measure coverage of this framework (repeatable)");
  cmd->add_option("--format", o->format, "Output format (default: from -o's extension, else text)")
      ->check(CLI::IsMember({"text", "junit"}));
  cmd->add_option("-o,--output", o->output, "Write the results to this file (atomically)");
  cmd->add_option("-j,--jobs", o->jobs, "Threads (0: one per core)")->check(CLI::Range(0, 1024));
  cmd->callback([o, &exit_code] { exit_code = test(*o); });
}

}  // namespace ungap::cli
