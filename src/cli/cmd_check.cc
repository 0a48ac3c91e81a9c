// `ungap check`: evaluates the rules and writes the gap report.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/output_format.h"
#include "cli/progress_line.h"
#include "cli/run_setup.h"
#include "engine/evaluate.h"
#include "report/check_run.h"
#include "report/matrix.h"
#include "report/pivot.h"
#include "report/writers.h"

namespace ungap::cli {

namespace {

struct CheckOptions {
  InputOptions inputs;
  std::vector<std::string> frameworks;
  std::vector<std::string> companies;
  std::string as_of = "today";
  std::string format;  // "" until chosen: --format, else -o's extension, else table
  std::string output;
  std::optional<report::FailOn> fail_on;  // unset: never, or gap with --baseline
  std::string baseline;
  std::string group_by;         // empty: the usual report; else impact, rights-holder or right
  std::string layout = "list";  // list, or matrix: companies side by side (report/matrix.h)
  int jobs = 0;

  report::FailOn level() const {
    if (fail_on) return *fail_on;
    return baseline.empty() ? report::FailOn::kNever : report::FailOn::kGap;
  }
};

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

// A run with no framework, company or rule would report nothing and pass: a mistyped path
// in CI must not go green.
bool something_to_check(const model::Workspace& ws, const InputOptions& inputs) {
  std::vector<std::string> missing;
  if (ws.frameworks.empty()) missing.emplace_back("no framework");
  if (ws.companies.empty()) missing.emplace_back("no company");
  if (ws.rules.empty()) missing.emplace_back("no rule");
  if (missing.empty()) return true;
  std::fprintf(stderr, "ungap: error: nothing to check under %s: %s was found\n",
               paths_shown(inputs).c_str(), joined(missing).c_str());
  return false;
}

// Whether each framework named with --framework can get a verdict: some rule checks one of its
// obligations, or a mapping leads into it. Otherwise every verdict would be not-assessed and
// `--fail-on` could never fail: the option would select nothing.
bool assessed_somehow(const model::Workspace& ws, const std::vector<std::string>& ids) {
  std::set<std::string> reached;
  for (const auto& r : ws.rules)
    for (const auto& c : r.checks) reached.insert(std::string(model::split_ref(c.id).first));
  for (const auto& m : ws.mappings) reached.insert(m.to);
  for (const auto& id : ids) {
    if (reached.count(id)) continue;
    std::fprintf(stderr,
                 "ungap: error: --framework %s selects nothing to assess: no rule checks "
                 "it and no mapping leads to it\n",
                 id.c_str());
    return false;
  }
  return true;
}

// Part of a workspace given (`ungap check statements/acme`): only its companies, and only the
// frameworks its files hold or its rules check.
bool narrow_to_selection(CheckOptions& o, const Selection& selection, const model::Workspace& ws) {
  if (selection.all()) return true;
  if (selection.none()) {
    std::fprintf(stderr, "ungap: error: nothing to check under %s: it holds no workspace file\n",
                 paths_shown(o.inputs).c_str());
    return false;
  }
  auto companies = selection.companies(ws);
  for (const auto& id : o.companies) {
    if (companies.empty() || std::count(companies.begin(), companies.end(), id)) continue;
    std::fprintf(stderr,
                 "ungap: error: --company %s selects nothing: its statements are not "
                 "under %s\n",
                 id.c_str(), paths_shown(o.inputs).c_str());
    return false;
  }
  if (o.companies.empty()) o.companies = companies;
  if (o.frameworks.empty()) o.frameworks = selection.frameworks(ws);
  return true;
}

std::optional<report::ReportRecord> read_baseline(const std::string& path) {
  if (path.empty()) return report::ReportRecord{};
  std::string error;
  auto record = report::load_report(path, error);
  if (!record) std::fprintf(stderr, "ungap: --baseline %s: %s\n", path.c_str(), error.c_str());
  return record;
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

bool use_colour(const std::string& output) {
  const char* no_colour = std::getenv("NO_COLOR");
  return (output.empty() || output == "-") && isatty(STDOUT_FILENO) && !(no_colour && *no_colour);
}

int check(CheckOptions o) {
  auto chosen = output_format(o.output, {o.format, "table", report::report_format_names()});
  if (!chosen.error.empty()) return cannot_run(chosen.error);
  if (!output_folder_exists(o.output)) return kCannotRun;
  o.format = chosen.format;
  auto as_of = parse_as_of(o.as_of);
  if (!as_of) return kCannotRun;
  util::Diagnostics diags;
  util::Progress progress;  // one for the run: its line appears once the whole run took a second
  InputOptions inputs = o.inputs;
  inputs.jobs = o.jobs;
  inputs.progress = &progress;
  inputs.names = o.format == "table" ? Names::kFromHere : Names::kFromRoot;
  auto loaded = load_inputs(inputs, diags);
  if (!loaded || print_diagnostics(diags, &*loaded)) return kCannotRun;
  const model::Workspace& ws = loaded->ws;
  if (!something_to_check(ws, o.inputs) || !narrow_to_selection(o, loaded->selection, ws))
    return kCannotRun;
  auto frameworks = select_frameworks(ws, o.frameworks);
  if (!frameworks || !check_companies(ws, o.companies) || !assessed_somehow(ws, o.frameworks))
    return kCannotRun;
  const report::Format* format = report::find_format(o.format);
  bool to_stdout = o.output.empty() || o.output == "-";
  if (format->binary && to_stdout && isatty(STDOUT_FILENO)) {
    std::fprintf(stderr, "ungap: --format %s is binary; write it to a file with -o FILE\n",
                 o.format.c_str());
    return kCannotRun;
  }
  if (same_file(o.baseline, o.output)) {
    std::fprintf(stderr, "ungap: error: refusing to write the report over its --baseline %s\n",
                 o.baseline.c_str());
    return kCannotRun;
  }
  if (!o.group_by.empty() && !report::pivot_supports(o.format)) {
    std::fprintf(stderr,
                 "ungap: --group-by works with --format table, md, csv, json, html or xlsx, "
                 "not %s\n",
                 o.format.c_str());
    return kCannotRun;
  }
  auto matrix = report::matrix_stream(o.format);
  if (o.layout == "matrix" && !o.group_by.empty())
    return cannot_run(
        "--layout matrix shows each company's verdicts side by side and --group-by each "
        "impact's verdicts by group: use one or the other");
  if (o.layout == "matrix" && !matrix)
    return cannot_run(
        fmt::format("--layout matrix works with --format table, md or csv, not {}", o.format));
  auto baseline = read_baseline(o.baseline);
  if (!baseline) return kCannotRun;
  if (!within_work_limit(o.inputs, ws, o.companies, *as_of)) return kCannotRun;

  if (output_is_input(o.output, ws)) return kCannotRun;

  util::Diagnostics eval_diags;
  engine::CompiledWorkspace cw(ws, eval_diags, o.inputs.limits.expr);
  engine::EvalOptions eval{*as_of, o.jobs, o.companies, &progress};
  // A report written company by company to the terminal would be torn by the line: none then.
  bool streams_here =
      format->stream && !format->writes_at_end && to_stdout && isatty(STDOUT_FILENO);
  ProgressLine line(progress, !o.inputs.quiet && !streams_here);
  report::CheckRunOptions run{o.format,
                              o.output,
                              o.level(),
                              o.group_by,
                              o.layout == "matrix",
                              use_colour(o.output),
                              *frameworks,
                              o.baseline.empty() ? nullptr : &*baseline};
  auto outcome = report::run_check(
      cw, eval, run, [&line] { line.stop(); }, eval_diags);
  line.stop();
  if (outcome.error) std::fprintf(stderr, "ungap: error: %s\n", outcome.error->message().c_str());
  print_diagnostics(eval_diags, &*loaded);
  if (!outcome.written) return kCannotRun;
  std::fputs(outcome.unread.c_str(), stderr);
  if (o.format != "table" || !o.output.empty())
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
  cmd->add_option("--framework", o->frameworks, "Only this framework (repeatable)");
  cmd->add_option("--company", o->companies, "Only this company (repeatable)");
  cmd->add_option("--as-of", o->as_of, "Evaluate as of this date (YYYY-MM-DD or today)")
      ->capture_default_str();
  cmd->add_option("--format", o->format, "Report format (default: from -o's extension, else table)")
      ->check(CLI::IsMember(report::report_format_names()));
  cmd->add_option("-o,--output", o->output, "Write the report to this file (atomically)");
  cmd->add_option_function<std::string>(
         "--fail-on", [o](const std::string& text) { o->fail_on = fail_on_level(text); },
         "Exit 1 when a finding is at or above this (default: never; gap with --baseline)")
      ->check(fail_on_check());
  cmd->add_option("--baseline", o->baseline,
                  "A previous JSON report: fail only on failures not in it; list fixed ones");
  cmd->add_option("--group-by", o->group_by,
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
