// CSV (RFC 4180, UTF-8): one row per company and obligation.
#include <fmt/format.h>

#include <iterator>

#include "report/escape.h"
#include "report/impact_verdicts.h"
#include "report/stream.h"
#include "report/writers.h"

namespace ungap::report {

namespace {

std::string evidence_text(const std::vector<EvidenceLine>& lines) {
  std::string out;
  for (const auto& e : lines) {
    if (!out.empty()) out += "\n";
    out += fmt::format("{}{}{} ({}, {}{})", e.quoted ? "\"" : "", e.text, e.quoted ? "\"" : "",
                       e.source_id.empty() ? e.claim_id : e.source_id, e.date,
                       e.url.empty() ? "" : ", " + e.url);
  }
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : "\n") + s;
  return out;
}

class CsvStream : public ReportStream {
 public:
  explicit CsvStream(const StreamContext& ctx) : m_ctx(ctx), m_as_of(ctx.as_of.str()) {}

  std::string begin() override {
    return "company,framework,obligation,title,status,score,weight,flags,rules,evidence,missing,"
           "contested_by,derived_from,impacts,as_of\r\n";
  }

  std::string company(const model::CompanyResult& cr) const override {
    const auto& ws = m_ctx.ws;
    const auto& c = ws.companies[static_cast<std::size_t>(cr.company)];
    std::string out;
    out.reserve(m_size_hint.get());
    for (const auto& f : cr.findings) {
      if (!selected(ws, m_ctx.frameworks, f)) continue;
      const auto& o = obligation_of(ws, f);
      // Kept in named strings: the views in `row` point into them.
      const std::string score = score_text(f), flags = flags_text(f.flags),
                        rules = rules_text(ws, f),
                        evidence_cell = evidence_text(evidence(ws, c, f)),
                        missing_cell = joined(missing(ws, f)),
                        contested = evidence_text(contest_evidence(ws, c, f)),
                        derived = derived_text(f), impacts = impacts_text(c, f);
      const std::string_view row[] = {c.id,
                                      ws.frameworks[static_cast<std::size_t>(f.framework)].id,
                                      o.full_id,
                                      o.title,
                                      model::to_string(f.status),
                                      score,
                                      model::to_string(f.severity),
                                      flags,
                                      rules,
                                      evidence_cell,
                                      missing_cell,
                                      contested,
                                      derived,
                                      impacts,
                                      m_as_of};
      for (std::size_t i = 0; i < std::size(row); ++i) {
        if (i > 0) out += ',';
        append_csv_field(out, row[i]);
      }
      out += "\r\n";
    }
    m_size_hint.update(out.size());
    return out;
  }

  std::string end() override { return {}; }

 private:
  const StreamContext& m_ctx;
  std::string m_as_of;
  SizeHint m_size_hint;
};

}  // namespace

std::unique_ptr<ReportStream> csv_stream(const StreamContext& ctx, const WriteOptions&) {
  return std::make_unique<CsvStream>(ctx);
}

std::string write_csv(const Run& run, const WriteOptions& o) {
  return write_streamed(csv_stream, run, o);
}

}  // namespace ungap::report
