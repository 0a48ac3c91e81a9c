// CSV (RFC 4180, UTF-8): one row per company and obligation.
#include <fmt/format.h>

#include "report/stream.h"
#include "report/writers.h"

namespace ungap::report {

namespace {

// Quotes every field that needs it, and neutralises cells a spreadsheet would run as a formula
// (= + - @, tab, carriage return first) by prefixing a single quote.
std::string field(std::string_view s) {
  std::string v(s);
  if (!v.empty() && std::string_view("=+-@\t\r").find(v[0]) != std::string_view::npos)
    v.insert(v.begin(), '\'');
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

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
  explicit CsvStream(const StreamContext& ctx) : m_ctx(ctx) {}

  std::string begin() override {
    return "company,framework,obligation,title,status,score,severity,flags,rules,evidence,missing,"
           "contested_by,derived_from,as_of\r\n";
  }

  std::string company(const model::CompanyResult& cr) const override {
    const auto& ws = m_ctx.ws;
    const auto& c = ws.companies[static_cast<std::size_t>(cr.company)];
    std::string out;
    for (const auto& f : cr.findings) {
      if (!selected(ws, m_ctx.frameworks, f)) continue;
      const auto& o = obligation_of(ws, f);
      std::vector<std::string> row{
          c.id, ws.frameworks[static_cast<std::size_t>(f.framework)].id, o.full_id, o.title,
          std::string(model::to_string(f.status)), score_text(f),
          std::string(model::to_string(f.severity)), flags_text(f.flags), rules_text(ws, f),
          evidence_text(evidence(ws, c, f)), joined(missing(ws, f)),
          evidence_text(contest_evidence(ws, c, f)), derived_text(f), m_ctx.as_of.str()};
      std::string line;
      for (const auto& v : row) line += (line.empty() ? "" : ",") + field(v);
      out += line + "\r\n";
    }
    return out;
  }

  std::string end() override { return {}; }

 private:
  const StreamContext& m_ctx;
};

}  // namespace

std::unique_ptr<ReportStream> csv_stream(const StreamContext& ctx, const WriteOptions&) {
  return std::make_unique<CsvStream>(ctx);
}

std::string write_csv(const Run& run, const WriteOptions& o) {
  return write_streamed(csv_stream, run, o);
}

}  // namespace ungap::report
