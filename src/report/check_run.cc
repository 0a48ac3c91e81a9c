#include "report/check_run.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

#include "report/baseline.h"
#include "report/matrix.h"
#include "report/pivot.h"
#include "report/unread_claims.h"
#include "report/writers.h"
#include "util/file_io.h"

namespace ungap::report {

namespace {

// How many failing verdicts `--fail-on` names on stderr, so a red CI run says why.
constexpr std::size_t kFailuresShown = 10;

// The output as messages name it.
std::string shown(const std::string& output) {
  return output.empty() || output == "-" ? "standard output" : output;
}

std::string failing_line(const Verdict& v) {
  std::string flags;
  for (const auto& f : v.flags) flags += (flags.empty() ? "" : ", ") + f;
  return fmt::format("  {} {}: {}{}", v.company, v.obligation, v.status,
                     flags.empty() ? "" : " (" + flags + ")");
}

// What the run gathers besides the report: the verdicts the exit code needs, and the claims
// they cite when they are compared with a baseline.
struct Gathered {
  std::vector<Verdict> verdicts;  // all, or (without a baseline) only failing ones
  ClaimsByCompany claims;         // with a baseline: the claims the verdicts cite
  UnreadClaims unread;
};

class CheckRun {
 public:
  CheckRun(const engine::CompiledWorkspace& cw, const engine::EvalOptions& eval,
           const CheckRunOptions& o, const std::function<void()>& evaluated,
           util::Diagnostics& diags)
      : m_cw(cw), m_ws(cw.ws()), m_eval(eval), m_o(o), m_evaluated(evaluated), m_diags(diags) {}

  CheckOutcome run();

 private:
  std::vector<Verdict> needed(std::vector<Verdict>&& verdicts) const;
  std::vector<Verdict> company_verdicts(const model::CompanyResult& cr,
                                        ClaimsByCompany& claims) const;
  void whole(CheckOutcome& out);
  void streaming(StreamFactory factory, CheckOutcome& out);
  void decide(CheckOutcome& out);

  const engine::CompiledWorkspace& m_cw;
  const model::Workspace& m_ws;
  const engine::EvalOptions& m_eval;
  const CheckRunOptions& m_o;
  const std::function<void()>& m_evaluated;
  util::Diagnostics& m_diags;
  Gathered m_gathered;
};

// Keeps what the exit code needs: every verdict for a baseline comparison, else only those that
// fail, so a run over many companies does not hold them all.
std::vector<Verdict> CheckRun::needed(std::vector<Verdict>&& verdicts) const {
  if (m_o.baseline) return std::move(verdicts);
  std::vector<Verdict> out;
  for (auto& v : verdicts)
    if (fails_on(m_o.fail_on, v.status, v.flags)) out.push_back(std::move(v));
  return out;
}

// A company's verdicts; with a baseline also their evidence, and the claims it cites into
// `claims`, so new failures can be given causes.
std::vector<Verdict> CheckRun::company_verdicts(const model::CompanyResult& cr,
                                                ClaimsByCompany& claims) const {
  if (!m_o.baseline) return report::company_verdicts(m_ws, m_o.frameworks, cr);
  const auto& id = m_ws.companies[static_cast<std::size_t>(cr.company)].id;
  return report::company_verdicts(m_ws, m_o.frameworks, cr, claims[id]);
}

// Reports that need every result at once (--group-by's pivots).
void CheckRun::whole(CheckOutcome& out) {
  auto results = engine::evaluate(m_cw, m_eval, m_diags);
  m_evaluated();                         // before the report, which may go to a terminal
  if (m_cw.budget().exceeded()) return;  // the results are incomplete: no report
  for (const auto& r : results.companies) m_gathered.unread.add(m_ws, r);
  Run run{m_ws, results, m_o.frameworks};
  std::string text = write_pivot(run, *parse_group_by(m_o.group_by), m_o.format);
  if (m_o.output.empty() || m_o.output == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
  } else if (auto error = util::write_file_atomic(m_o.output, text)) {
    out.error = std::move(error);
    return;
  }
  out.written = true;
  out.summary = summary_line(run);
  for (const auto& cr : results.companies)
    for (auto& v : needed(company_verdicts(cr, m_gathered.claims)))
      m_gathered.verdicts.push_back(std::move(v));
}

// Formats written company by company (every format, and the matrix): each company's
// results are written and dropped as soon as they are evaluated, into a temporary file renamed
// at the end.
void CheckRun::streaming(StreamFactory factory, CheckOutcome& out) {
  util::OutputFile file;  // after a failed step, writes nothing and keeps the first failure
  file.open(m_o.output);
  SummaryCounter summary;
  StreamContext ctx{m_ws, m_eval.as_of, m_o.frameworks, summary};
  auto stream = factory(ctx, {m_o.color, m_o.fail_on});
  file.write(stream->begin());  // always: the stream is ready even if the file is not
  bool first = true;
  // Verdicts are worked out on the worker threads too, each company into its own slot.
  std::vector<std::vector<Verdict>> verdicts(m_ws.companies.size());
  std::vector<ClaimsByCompany> claims(m_ws.companies.size());
  auto render = [&](const model::CompanyResult& cr) {
    // Filtered here, on the worker, so the thread that writes the report moves only a few.
    auto slot = static_cast<std::size_t>(cr.company);
    verdicts[slot] = needed(company_verdicts(cr, claims[slot]));
    return stream->company(cr);
  };
  auto sink = [&](model::CompanyResult&& cr, std::string&& text) {
    summary.add(m_ws, m_o.frameworks, cr);
    m_gathered.unread.add(m_ws, cr);
    if (!first) file.write(stream->between());
    first = false;
    file.write(stream->take(cr, std::move(text)));
    auto& slot = verdicts[static_cast<std::size_t>(cr.company)];
    for (auto& v : slot) m_gathered.verdicts.push_back(std::move(v));
    std::vector<Verdict>().swap(slot);  // free it: a run holds only a window of these
    m_gathered.claims.merge(claims[static_cast<std::size_t>(cr.company)]);
  };
  engine::evaluate_each(m_cw, m_eval, m_diags, render, sink);
  m_evaluated();
  if (m_cw.budget().exceeded()) return;  // the results are incomplete: the file is dropped
  // The end may be costly (XLSX assembles its workbook there): not for a file already failed.
  if (!file.error()) file.write(stream->end());
  for (std::string piece; !file.error() && !(piece = stream->more()).empty();) file.write(piece);
  if (auto& error = file.commit()) {
    out.error = error;
    return;
  }
  out.written = true;
  out.summary = summary.line(m_eval.as_of, m_o.frameworks.size());
}

// Whether the run fails, and the lines that say why: every new and fixed failure against the
// baseline, or the first failing verdicts.
void CheckRun::decide(CheckOutcome& out) {
  if (m_o.baseline) {
    auto now = run_record(m_ws, m_eval.as_of, std::move(m_gathered.verdicts),
                          std::move(m_gathered.claims));
    auto cmp = compare_with_baseline(now, *m_o.baseline, m_o.fail_on);
    out.failures = baseline_text(cmp, m_o.baseline->as_of, m_o.fail_on);
    out.failing = cmp.fresh.size();
    return;
  }
  const auto& failing = m_gathered.verdicts;  // only failing ones are kept without a baseline
  std::size_t n = failing.size();
  if (n == 0) return;
  out.failing = n;
  out.failures = fmt::format(
      "ungap: --fail-on {}: {} verdict{} fail{}{}\n", to_string(m_o.fail_on), n, n == 1 ? "" : "s",
      n == 1 ? "s" : "", n > kFailuresShown ? fmt::format("; the first {}:", kFailuresShown) : ":");
  for (std::size_t i = 0; i < std::min(n, kFailuresShown); ++i)
    out.failures += failing_line(failing[i]) + "\n";
  out.failures += "  (`ungap explain COMPANY OBLIGATION` shows why)\n";
}

CheckOutcome CheckRun::run() {
  CheckOutcome out;
  StreamFactory streamed = m_o.matrix             ? matrix_stream(m_o.format)
                           : m_o.group_by.empty() ? find_format(m_o.format)->stream
                                                  : nullptr;
  try {
    if (streamed)
      streaming(streamed, out);
    else
      whole(out);
  } catch (const WriteError& e) {  // a report that cannot be written, as a file cannot
    m_evaluated();
    out.error = util::OutputError{shown(m_o.output), e.what()};
    out.written = false;
  }
  if (!out.written) return out;
  out.unread = m_gathered.unread.text();
  decide(out);
  return out;
}

}  // namespace

CheckOutcome run_check(const engine::CompiledWorkspace& cw, const engine::EvalOptions& eval,
                       const CheckRunOptions& o, const std::function<void()>& evaluated,
                       util::Diagnostics& diags) {
  return CheckRun(cw, eval, o, evaluated, diags).run();
}

}  // namespace ungap::report
