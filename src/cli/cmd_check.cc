// `ungap check`: evaluates the rules and writes the gap report.
#include <fmt/format.h>
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
#include "cli/unread_claims.h"
#include "engine/evaluate.h"
#include "report/baseline.h"
#include "report/matrix.h"
#include "report/pivot.h"
#include "report/writers.h"
#include "util/file_io.h"

namespace ungap::cli {

namespace {

struct CheckOptions {
  InputOptions inputs;
  std::vector<std::string> frameworks;
  std::vector<std::string> companies;
  std::string as_of = "today";
  std::string format;  // "" until chosen: --format, else -o's extension, else table
  std::string output;
  std::string fail_on;  // empty: "never", or "gap" with --baseline
  std::string baseline;
  std::string group_by;         // empty: the usual report; else impact, rights-holder or right
  std::string layout = "list";  // list, or matrix: companies side by side (report/matrix.h)
  int jobs = 0;

  std::string level() const {
    if (!fail_on.empty()) return fail_on;
    return baseline.empty() ? "never" : "gap";
  }
};

// Prints what is new and fixed against the baseline; returns whether anything new fails.
bool new_since_baseline(const report::ReportRecord& baseline, report::ReportRecord now,
                        const std::string& level) {
  auto cmp = report::compare_with_baseline(now, baseline, level);
  std::string text = report::baseline_text(cmp, baseline.as_of, level);
  std::fwrite(text.data(), 1, text.size(), stderr);
  return !cmp.fresh.empty();
}

// How many failing verdicts `--fail-on` names on stderr, so a red CI run says why.
constexpr std::size_t kFailuresShown = 10;

std::string failing_line(const report::Verdict& v) {
  std::string flags;
  for (const auto& f : v.flags) flags += (flags.empty() ? "" : ", ") + f;
  return fmt::format("  {} {}: {}{}", v.company, v.obligation, v.status,
                     flags.empty() ? "" : " (" + flags + ")");
}

// Whether any verdict fails at `level`; when some do, stderr says how many and which first.
bool any_fails(const std::vector<report::Verdict>& verdicts, const std::string& level) {
  std::vector<const report::Verdict*> failing;
  for (const auto& v : verdicts)
    if (report::fails_on(level, v.status, v.flags)) failing.push_back(&v);
  if (failing.empty()) return false;
  std::size_t n = failing.size();
  std::fprintf(stderr, "ungap: --fail-on %s: %zu verdict%s fail%s%s\n", level.c_str(), n,
               n == 1 ? "" : "s", n == 1 ? "s" : "",
               n > kFailuresShown ? fmt::format("; the first {}:", kFailuresShown).c_str() : ":");
  for (std::size_t i = 0; i < std::min(n, kFailuresShown); ++i)
    std::fprintf(stderr, "%s\n", failing_line(*failing[i]).c_str());
  std::fprintf(stderr, "  (`ungap explain COMPANY OBLIGATION` shows why)\n");
  return true;
}

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

bool use_colour(const std::string& output) {
  const char* no_colour = std::getenv("NO_COLOR");
  return (output.empty() || output == "-") && isatty(STDOUT_FILENO) && !(no_colour && *no_colour);
}

struct Outcome {
  bool written = false;
  std::string summary;
  std::vector<report::Verdict> verdicts;  // all, or (without --baseline) only failing ones
  report::ClaimsByCompany claims;         // with --baseline: the claims the verdicts cite
  UnreadClaims unread;
};

// Keeps what the exit code needs: every verdict for a baseline comparison, else only those that
// fail, so a run over many companies does not hold them all.
std::vector<report::Verdict> needed(const CheckOptions& o,
                                    std::vector<report::Verdict>&& verdicts) {
  if (!o.baseline.empty()) return std::move(verdicts);
  std::vector<report::Verdict> out;
  for (auto& v : verdicts)
    if (report::fails_on(o.level(), v.status, v.flags)) out.push_back(std::move(v));
  return out;
}

// A company's verdicts; with --baseline also their evidence, and the claims it cites into
// `claims`, so new failures can be given causes.
std::vector<report::Verdict> company_verdicts(const CheckOptions& o, const model::Workspace& ws,
                                              const std::vector<int>& frameworks,
                                              const model::CompanyResult& cr,
                                              report::ClaimsByCompany& claims) {
  if (o.baseline.empty()) return report::company_verdicts(ws, frameworks, cr);
  const auto& id = ws.companies[static_cast<std::size_t>(cr.company)].id;
  return report::company_verdicts(ws, frameworks, cr, claims[id]);
}

void keep_verdicts(const CheckOptions& o, std::vector<report::Verdict>&& verdicts, Outcome& out) {
  for (auto& v : needed(o, std::move(verdicts))) out.verdicts.push_back(std::move(v));
}

// Formats that need every result at once (table, html, xlsx, sarif, junit).
Outcome check_whole(const CheckOptions& o, const engine::CompiledWorkspace& cw,
                    const engine::EvalOptions& eval, const std::vector<int>& frameworks,
                    const report::Format& format, ProgressLine& line, util::Diagnostics& diags) {
  Outcome out;
  auto results = engine::evaluate(cw, eval, diags);
  line.stop();                             // before the report, which may go to the same terminal
  if (cw.budget().exceeded()) return out;  // the results are incomplete: no report
  for (const auto& r : results.companies) out.unread.add(cw.ws(), r);
  report::Run run{cw.ws(), results, frameworks};
  std::string text = o.group_by.empty()
                         ? format.write(run, {use_colour(o.output), o.level()})
                         : report::write_pivot(run, *report::parse_group_by(o.group_by), o.format);
  out.written = write_output(o.output, text, cw.ws());
  out.summary = report::summary_line(run);
  for (const auto& cr : results.companies)
    keep_verdicts(o, company_verdicts(o, cw.ws(), frameworks, cr, out.claims), out);
  return out;
}

// Formats written company by company (md, csv, json): each company's results are written and
// dropped as soon as they are evaluated, into a temporary file renamed at the end.
Outcome check_streaming(const CheckOptions& o, const engine::CompiledWorkspace& cw,
                        const engine::EvalOptions& eval, const std::vector<int>& frameworks,
                        report::StreamFactory factory, ProgressLine& line,
                        util::Diagnostics& diags) {
  Outcome out;
  util::Date as_of = eval.as_of;
  const auto& ws = cw.ws();
  util::OutputFile file;
  if (output_is_input(o.output, ws)) return out;
  std::string error = file.open(o.output);
  report::SummaryCounter summary;
  report::StreamContext ctx{ws, as_of, frameworks, summary};
  auto stream = factory(ctx, {use_colour(o.output), o.level()});
  std::string head = stream->begin();  // always: the stream is ready even if the file is not
  if (error.empty()) error = file.write(head);
  bool first = true;
  // Verdicts are worked out on the worker threads too, each company into its own slot.
  std::vector<std::vector<report::Verdict>> verdicts(ws.companies.size());
  std::vector<report::ClaimsByCompany> claims(ws.companies.size());
  auto render = [&](const model::CompanyResult& cr) {
    // Filtered here, on the worker, so the thread that writes the report moves only a few.
    auto slot = static_cast<std::size_t>(cr.company);
    verdicts[slot] = needed(o, company_verdicts(o, ws, frameworks, cr, claims[slot]));
    return stream->company(cr);
  };
  auto sink = [&](model::CompanyResult&& cr, std::string&& text) {
    summary.add(ws, frameworks, cr);
    out.unread.add(ws, cr);
    if (!first && error.empty()) error = file.write(stream->between());
    first = false;
    std::string taken = stream->take(cr, std::move(text));
    if (error.empty()) error = file.write(taken);
    auto& slot = verdicts[static_cast<std::size_t>(cr.company)];
    for (auto& v : slot) out.verdicts.push_back(std::move(v));
    std::vector<report::Verdict>().swap(slot);  // free it: a run holds only a window of these
    out.claims.merge(claims[static_cast<std::size_t>(cr.company)]);
  };
  engine::evaluate_each(cw, eval, diags, render, sink);
  line.stop();
  if (cw.budget().exceeded()) return out;  // the results are incomplete: the file is dropped
  if (error.empty()) error = file.write(stream->end());
  for (std::string piece; error.empty() && !(piece = stream->more()).empty();)
    error = file.write(piece);
  if (error.empty()) error = file.commit();
  if (!error.empty()) {
    std::fprintf(stderr, "ungap: error: %s\n", error.c_str());
    return out;
  }
  out.written = true;
  out.summary = summary.line(as_of, frameworks.size());
  return out;
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

  util::Diagnostics eval_diags;
  engine::CompiledWorkspace cw(ws, eval_diags, o.inputs.limits.expr);
  engine::EvalOptions eval{*as_of, o.jobs, o.companies, &progress};
  // A report written company by company to the terminal would be torn by the line: none then.
  bool streams_here = format->stream && to_stdout && isatty(STDOUT_FILENO);
  ProgressLine line(progress, !o.inputs.quiet && !streams_here);
  report::StreamFactory streamed = o.layout == "matrix" ? matrix
                                   : o.group_by.empty() ? format->stream
                                                        : nullptr;
  Outcome outcome;
  try {
    outcome = streamed ? check_streaming(o, cw, eval, *frameworks, streamed, line, eval_diags)
                       : check_whole(o, cw, eval, *frameworks, *format, line, eval_diags);
  } catch (const report::WriteError& e) {  // a report that cannot be written, as a file cannot
    line.stop();
    std::fprintf(stderr, "ungap: error: %s\n", e.what());
    return kCannotRun;
  }
  line.stop();
  print_diagnostics(eval_diags, &*loaded);
  if (!outcome.written) return kCannotRun;
  outcome.unread.print();
  if (o.format != "table" || !o.output.empty())
    std::fprintf(stderr, "%s\n", outcome.summary.c_str());
  bool failed = o.baseline.empty()
                    ? any_fails(outcome.verdicts, o.level())
                    : new_since_baseline(*baseline,
                                         report::run_record(ws, *as_of, std::move(outcome.verdicts),
                                                            std::move(outcome.claims)),
                                         o.level());
  return failed ? kFindings : kOk;
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
  cmd->add_option("--fail-on", o->fail_on,
                  "Exit 1 when a finding is at or above this (default: never; gap with --baseline)")
      ->check(CLI::IsMember({"gap", "partial", "contested", "overdue", "never"}));
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
