// Markdown gap tables: one per company and framework, then a summary.
#include <fmt/format.h>

#include "report/stream.h"
#include "report/writers.h"
#include "util/version.h"

namespace ungap::report {

namespace {

// Table cells must not break the table: pipes are escaped, line breaks become <br>. Brackets
// are escaped too, so text from the inputs cannot become a link or an image
// (`[x](javascript:...)`, a remote `![](...)` that tracks who opens the report).
std::string cell(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '|') out += "\\|";
    else if (c == '\\') out += "\\\\";
    else if (c == '[') out += "\\[";
    else if (c == ']') out += "\\]";
    else if (c == '\r') continue;
    else if (c == '\n') out += "<br>";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

std::string evidence_cell(const std::vector<EvidenceLine>& lines) {
  std::string out;
  for (const auto& e : lines) {
    if (!out.empty()) out += "<br>";
    std::string text = e.quoted ? "\u201C" + cell(e.text) + "\u201D" : cell(e.text);
    out += fmt::format("{} ({}, {}{})", text, cell(e.source_id.empty() ? e.claim_id : e.source_id),
                       e.date, e.quality == "secondary" ? ", secondary" : "");
  }
  return out;
}

void framework_table(std::string& out, const StreamContext& run, const model::Company& c,
                     const model::CompanyResult& cr, int fw) {
  const auto& framework = run.ws.frameworks[static_cast<std::size_t>(fw)];
  out += fmt::format("## {} \u2014 {}\n\n", cell(c.name.empty() ? c.id : c.name),
                     cell(framework.title));
  out += "| Obligation | Title | Status | Score | Severity | Evidence | Missing | Flags |\n";
  out += "| --- | --- | --- | ---: | --- | --- | --- | --- |\n";
  StatusCounts counts;
  for (const auto& f : cr.findings) {
    if (f.framework != fw || !listed(run.ws, f)) continue;
    const auto& o = obligation_of(run.ws, f);
    counts.add(f.status);
    std::string flags = flags_text(f.flags);
    if (!f.derived.empty()) flags += (flags.empty() ? "" : "; ") + ("from " + derived_text(f));
    std::string contested = evidence_cell(contest_evidence(run.ws, c, f));
    if (!contested.empty()) flags += "<br>contested by: " + contested;
    std::string missing_text;
    for (const auto& m : missing(run.ws, f)) missing_text += (missing_text.empty() ? "" : "<br>") + cell(m);
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", cell(o.full_id),
                       cell(o.title), model::to_string(f.status), score_text(f),
                       model::to_string(f.severity), evidence_cell(evidence(run.ws, c, f)),
                       missing_text, flags);
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
    return out;
  }

  std::string end() override {
    std::string out = fmt::format("## Summary\n\n{}\n\n## Inputs\n\n| File | SHA-256 |\n| --- | --- |\n",
                                  m_ctx.summary.line(m_ctx.as_of, m_ctx.frameworks.size()));
    for (const auto& in : m_ctx.ws.inputs)
      out += fmt::format("| {} | `{}` |\n", cell(in.path), in.sha256);
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
