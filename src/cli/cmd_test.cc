// `ungap test`: runs the rule tests (`*.test.yaml`) and measures coverage.
#include <cstdio>

#include <fmt/format.h>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/inputs.h"
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
  std::string format = "text";
  std::string output;
  int jobs = 0;
};

int test(const TestOptions& o) {
  util::Diagnostics diags;
  InputOptions inputs = o.inputs;
  inputs.jobs = o.jobs;
  auto ws = load_inputs(inputs, diags);
  if (print_diagnostics(diags)) return kCannotRun;
  if (!select_frameworks(ws, o.frameworks)) return kCannotRun;
  util::Diagnostics eval_diags;
  engine::CompiledWorkspace cw(ws, eval_diags, o.inputs.limits.expr);
  auto results = engine::run_tests(cw, o.jobs, eval_diags);
  print_diagnostics(eval_diags);

  bool want_coverage = o.coverage || o.min_coverage >= 0;
  std::optional<engine::Coverage> coverage;
  if (want_coverage) coverage = engine::measure_coverage(ws, o.frameworks);
  std::string out = o.format == "junit" ? report::tests_junit(results)
                                        : report::tests_text(results, coverage, o.coverage);
  if (!write_output(o.output, out, ws)) return kCannotRun;

  bool failed = false;
  for (const auto& r : results) failed |= !r.passed();
  if (coverage && o.min_coverage >= 0 && coverage->percent() + 1e-9 < o.min_coverage) {
    std::fprintf(stderr, "ungap: coverage %.1f%% is below --min-coverage %.1f%%\n",
                 coverage->percent(), o.min_coverage);
    failed = true;
  }
  return failed ? kFindings : kOk;
}

}  // namespace

void add_test_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<TestOptions>();
  auto* cmd = app.add_subcommand("test", "Run the rule tests (*.test.yaml)");
  add_input_options(*cmd, o->inputs);
  cmd->add_flag("--coverage", o->coverage,
                "List obligations with no rule and rules with no test");
  cmd->add_option("--min-coverage", o->min_coverage,
                  "Fail when fewer than PCT% of assessable obligations have a tested rule")
      ->check(CLI::Range(0.0, 100.0));
  cmd->add_option("--framework", o->frameworks, "Measure coverage of this framework (repeatable)");
  cmd->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "junit"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Write the results to this file (atomically)");
  cmd->add_option("-j,--jobs", o->jobs, "Threads (0: one per core)")->check(CLI::Range(0, 1024));
  cmd->callback([o, &exit_code] { exit_code = test(*o); });
}

}  // namespace ungap::cli
