// Markdown gap tables: one per company and framework, each company's summary (its totals,
// worst gaps and impacts), then a summary of the run.
#include <fmt/format.h>

#include "report/company_summary.h"
#include "report/escape.h"
#include "report/impact_verdicts.h"
#include "report/stream.h"
#include "report/writers.h"
#include "util/version.h"

namespace ungap::report {

namespace {

std::string evidence_cell(const std::vector<EvidenceLine>& lines) {
  std::string out;
  for (const auto& e : lines) {
    if (!out.empty()) out += "<br>";
    std::string text = e.quoted ? "\u201C" + md_cell(e.text) + "\u201D" : md_cell(e.text);
    out +=
        fmt::format("{} ({}, {}{})", text, md_cell(e.source_id.empty() ? e.claim_id : e.source_id),
                    e.date, e.quality == "secondary" ? ", secondary" : "");
  }
  return out;
}

void framework_table(std::string& out, const StreamContext& run, const model::Company& c,
                     const model::CompanyResult& cr, int fw) {
  const auto& framework = run.ws.frameworks[static_cast<std::size_t>(fw)];
  out += fmt::format("## {} \u2014 {}\n\n", md_cell(c.name.empty() ? c.id : c.name),
                     md_cell(framework.title));
  out +=
      "| Obligation | Title | Status | Score | Weight | Evidence | Missing | Flags | Impacts |\n";
  out += "| --- | --- | --- | ---: | --- | --- | --- | --- | --- |\n";
  StatusCounts counts;
  std::vector<const model::Finding*> findings;
  for (const auto& f : cr.findings)
    if (f.framework == fw && listed(run.ws, f)) findings.push_back(&f);
  sort_by_salience(c, findings);
  for (const auto* fp : findings) {
    const auto& f = *fp;
    const auto& o = obligation_of(run.ws, f);
    counts.add(f.status);
    std::string flags = flags_text(f.flags);
    if (!f.derived.empty()) flags += (flags.empty() ? "" : "; ") + ("from " + derived_text(f));
    std::string contested = evidence_cell(contest_evidence(run.ws, c, f));
    if (!contested.empty()) flags += "<br>contested by: " + contested;
    std::string missing_text;
    for (const auto& m : missing(run.ws, f))
      missing_text += (missing_text.empty() ? "" : "<br>") + md_cell(m);
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", md_cell(o.full_id),
                       md_cell(o.title), model::to_string(f.status), score_text(f),
                       model::to_string(f.severity), evidence_cell(evidence(run.ws, c, f)),
                       missing_text, flags, md_cell(impacts_text(c, f)));
  }
  out += fmt::format("\n{}\n\n", counts.str());
}

class MarkdownStream : public ReportStream {
 public:
  explicit MarkdownStream(const StreamContext& ctx) : m_ctx(ctx) {}

  std::string begin() override {
    return fmt::format("# ungap gap report\n\n- Tool: ungap {}\n- As of: {}\n\n", util::kVersion,
                       m_ctx.as_of.str());
  }

  std::string company(const model::CompanyResult& cr) const override {
    std::string out;
    const auto& c = m_ctx.ws.companies[static_cast<std::size_t>(cr.company)];
    for (int fw : m_ctx.frameworks) framework_table(out, m_ctx, c, cr, fw);
    return out + company_summary_markdown(m_ctx.ws, m_ctx.frameworks, cr, "##");
  }

  std::string end() override {
    std::string out =
        fmt::format("## Summary\n\n{}\n\n## Inputs\n\n| File | SHA-256 |\n| --- | --- |\n",
                    m_ctx.summary.line(m_ctx.as_of, m_ctx.frameworks.size()));
    for (const auto& in : m_ctx.ws.inputs)
      out += fmt::format("| {} | `{}` |\n", md_cell(in.path), in.sha256);
    return out;
  }

 private:
  const StreamContext& m_ctx;
};

}  // namespace

std::unique_ptr<ReportStream> markdown_stream(const StreamContext& ctx, const WriteOptions&) {
  return std::make_unique<MarkdownStream>(ctx);
}

std::string write_markdown(const Run& run, const WriteOptions& o) {
  return write_streamed(markdown_stream, run, o);
}

}  // namespace ungap::report
