// `ungap check`: evaluates the rules and writes the gap report.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/output_format.h"
#include "cli/progress_line.h"
#include "cli/run_setup.h"
#include "engine/evaluate.h"
#include "report/check_plan.h"
#include "report/check_run.h"
#include "report/output_target.h"
#include "report/pivot.h"
#include "report/writers.h"

namespace ungap::cli {

namespace {

// The options as typed; what they ask of the run is a report::CheckRequest.
struct CheckOptions {
  InputOptions inputs;
  report::CheckRequest request;  // --framework, --company, -o, --fail-on, --baseline, --group-by
  std::string as_of = "today";
  std::string format;           // "" until chosen: --format, else -o's extension, else table
  std::string layout = "list";  // list, or matrix: companies side by side (report/matrix.h)
  int jobs = 0;
};

// Prints the plan's problems; whether there were any.
bool plan_refused(const report::CheckPlan& plan) {
  for (const auto& line : plan.problems) std::fprintf(stderr, "%s\n", line.c_str());
  return !plan.ok();
}

// `--fail-on`'s check: CLI11's words for a value outside a closed set, with a "did you mean".
// Its description is the set, as CLI::IsMember's is, for `--help` and the completions.
CLI::Validator fail_on_check() {
  std::string names = fmt::format("{{{}}}", fmt::join(report::fail_on_names(), ","));
  return CLI::Validator(
      [](std::string& text) {
        std::string error;
        return report::parse_fail_on(text, error) ? std::string() : error;
      },
      names);
}

// A level fail_on_check() has let through.
report::FailOn fail_on_level(const std::string& text) {
  std::string error;
  return *report::parse_fail_on(text, error);
}

bool to_terminal(const std::string& output) {
  return (output.empty() || output == "-") && isatty(STDOUT_FILENO);
}

bool use_colour(const std::string& output) {
  const char* no_colour = std::getenv("NO_COLOR");
  return to_terminal(output) && !(no_colour && *no_colour);
}

int check(CheckOptions o) {
  report::CheckRequest& r = o.request;
  auto chosen = output_format(r.output, {o.format, "table", report::report_format_names()});
  if (!chosen.error.empty()) return cannot_run(chosen.error);
  if (auto why = report::output_folder_problem(r.output); !why.empty()) return cannot_run(why);
  r.format = chosen.format;
  auto as_of = parse_as_of(o.as_of);
  if (!as_of) return kCannotRun;
  util::Diagnostics diags;
  util::Progress progress;  // one for the run: its line appears once the whole run took a second
  InputOptions inputs = o.inputs;
  inputs.jobs = o.jobs;
  inputs.progress = &progress;
  inputs.names = r.format == "table" ? Names::kFromHere : Names::kFromRoot;
  auto loaded = load_inputs(inputs, diags);
  if (!loaded || print_diagnostics(diags, &*loaded)) return kCannotRun;
  const model::Workspace& ws = loaded->ws;
  r.as_of = *as_of;
  r.matrix = o.layout == "matrix";
  r.max_work = o.inputs.max_work;
  r.paths = paths_shown(o.inputs);
  auto plan = report::plan_check(ws, loaded->selection, r);
  if (plan_refused(plan)) return kCannotRun;
  const report::Format* format = report::find_format(r.format);
  if (format->binary && to_terminal(r.output)) {
    std::fprintf(stderr, "ungap: --format %s is binary; write it to a file with -o FILE\n",
                 r.format.c_str());
    return kCannotRun;
  }
  report::settle_check(ws, r, plan);
  if (plan_refused(plan)) return kCannotRun;

  util::Diagnostics eval_diags;
  engine::CompiledWorkspace cw(ws, eval_diags, o.inputs.limits.expr);
  engine::EvalOptions eval{*as_of, o.jobs, plan.companies, &progress};
  // A report written company by company to the terminal would be torn by the line: none then.
  bool streams_here = format->stream && !format->writes_at_end && to_terminal(r.output);
  ProgressLine line(progress, !o.inputs.quiet && !streams_here);
  auto outcome = report::run_check(
      cw, eval, plan.run_options(r, use_colour(r.output)), [&line] { line.stop(); }, eval_diags);
  line.stop();
  if (outcome.error) std::fprintf(stderr, "ungap: error: %s\n", outcome.error->message().c_str());
  print_diagnostics(eval_diags, &*loaded);
  if (!outcome.written) return kCannotRun;
  std::fputs(outcome.unread.c_str(), stderr);
  if (r.format != "table" || !r.output.empty())
    std::fprintf(stderr, "%s\n", outcome.summary.c_str());
  std::fputs(outcome.failures.c_str(), stderr);
  return outcome.failed() ? kFindings : kOk;
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<CheckOptions>();
  auto* cmd = app.add_subcommand("check", "Evaluate the rules and report the gaps");
  add_input_options(*cmd, o->inputs);
  add_work_option(*cmd, o->inputs);
  cmd->add_option("--framework", o->request.frameworks, "Only this framework (repeatable)");
  cmd->add_option("--company", o->request.companies, "Only this company (repeatable)");
  cmd->add_option("--as-of", o->as_of, "Evaluate as of this date (YYYY-MM-DD or today)")
      ->capture_default_str();
  cmd->add_option("--format", o->format, "Report format (default: from -o's extension, else table)")
      ->check(CLI::IsMember(report::report_format_names()));
  cmd->add_option("-o,--output", o->request.output, "Write the report to this file (atomically)");
  cmd->add_option_function<std::string>(
         "--fail-on", [o](const std::string& text) { o->request.fail_on = fail_on_level(text); },
         "Exit 1 when a finding is at or above this (default: never; gap with --baseline)")
      ->check(fail_on_check());
  cmd->add_option("--baseline", o->request.baseline,
                  "A previous JSON report: fail only on failures not in it; list fixed ones");
  cmd->add_option("--group-by", o->request.group_by,
                  "Group the report by impact, rights-holder or right (rules evaluated per impact)")
      ->check(CLI::IsMember(report::group_by_names()));
  cmd->add_option("--layout", o->layout,
                  "list: companies one after another; matrix: obligations x companies, ranked, "
                  "with totals (table, md, csv)")
      ->check(CLI::IsMember({"list", "matrix"}))
      ->capture_default_str();
  cmd->add_option("-j,--jobs", o->jobs, "Threads (0: one per core)")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->callback([o, &exit_code] { exit_code = check(*o); });
}

}  // namespace ungap::cli
