// `ungap check`: evaluates the rules and writes the gap report.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/run_setup.h"
#include "engine/evaluate.h"
#include "report/writers.h"

namespace ungap::cli {

namespace {

struct CheckOptions {
  InputOptions inputs;
  std::vector<std::string> frameworks;
  std::vector<std::string> companies;
  std::string as_of;
  std::string format = "table";
  std::string output;
  std::string fail_on = "never";
  int jobs = 0;
};

// Whether a finding is one the user asked the run to fail on.
bool fails(const std::string& fail_on, const model::Finding& f) {
  if (fail_on == "gap") return f.status == model::Status::kGap;
  if (fail_on == "partial")
    return f.status == model::Status::kGap || f.status == model::Status::kPartial;
  if (fail_on == "contested") return f.flags.has(model::Flag::kContested);
  if (fail_on == "overdue") return f.flags.has(model::Flag::kOverdue);
  return false;
}

bool use_colour(const std::string& output) {
  const char* no_colour = std::getenv("NO_COLOR");
  return (output.empty() || output == "-") && isatty(STDOUT_FILENO) &&
         !(no_colour && *no_colour);
}

int check(const CheckOptions& o) {
  util::Diagnostics diags;
  auto ws = load_inputs(o.inputs, diags);
  if (print_diagnostics(diags)) return kCannotRun;
  auto as_of = parse_as_of(o.as_of);
  auto frameworks = select_frameworks(ws, o.frameworks);
  if (!as_of || !frameworks || !check_companies(ws, o.companies)) return kCannotRun;

  util::Diagnostics eval_diags;
  engine::CompiledWorkspace cw(ws, eval_diags);
  auto results = engine::evaluate(cw, {*as_of, o.jobs, o.companies}, eval_diags);
  print_diagnostics(eval_diags);

  report::Run run{ws, results, *frameworks};
  const report::Format* format = report::find_format(o.format);
  std::string out = format->write(run, {use_colour(o.output)});
  if (!write_output(o.output, out, ws)) return kCannotRun;
  if (o.format != "table" || !o.output.empty())
    std::fprintf(stderr, "%s\n", report::summary_line(run).c_str());

  for (const auto& cr : results.companies)
    for (const auto& f : cr.findings)
      if (std::find(frameworks->begin(), frameworks->end(), f.framework) != frameworks->end() &&
          report::listed(ws, f) && fails(o.fail_on, f))
        return kFindings;
  return kOk;
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<CheckOptions>();
  auto* cmd = app.add_subcommand("check", "Evaluate the rules and report the gaps");
  add_input_options(*cmd, o->inputs);
  cmd->add_option("--framework", o->frameworks, "Only this framework (repeatable)");
  cmd->add_option("--company", o->companies, "Only this company (repeatable)");
  cmd->add_option("--as-of", o->as_of, "Evaluate as of this date (YYYY-MM-DD; default: today)");
  cmd->add_option("--format", o->format, "Report format")
      ->check(CLI::IsMember(report::report_format_names()))
      ->capture_default_str();
  cmd->add_option("-o,--output", o->output, "Write the report to this file (atomically)");
  cmd->add_option("--fail-on", o->fail_on, "Exit 1 when a finding is at or above this")
      ->check(CLI::IsMember({"gap", "partial", "contested", "overdue", "never"}))
      ->capture_default_str();
  cmd->add_option("-j,--jobs", o->jobs, "Threads (0: one per core)")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  cmd->callback([o, &exit_code] { exit_code = check(*o); });
}

}  // namespace ungap::cli
