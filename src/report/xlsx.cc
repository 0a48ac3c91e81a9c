// XLSX: a summary sheet (per company and framework: the company's verdict and score, and the
// count of each status), one sheet per framework (frozen header, autofilter, status colours,
// evidence, linked sources) and the inputs. Written company by company like the other streamed
// formats: the rows of a company are built on the worker threads and written in order into a
// workbook that compresses them as they come (report/xlsx_book.h), so memory stays bounded
// whatever the workspace.
#include <fmt/format.h>

#include <memory>

#include "report/company_totals.h"
#include "report/impact_verdicts.h"
#include "report/pivot.h"
#include "report/writers.h"
#include "report/xlsx_book.h"
#include "util/version.h"

namespace ungap::report {

namespace {

constexpr std::size_t kSources = 3;  // the evidence lines, each with its source
constexpr int kWrap = -1;            // Cell::style: plain text; else a model::Status

std::vector<XlsxColumn> summary_columns() {
  return {{"company", 30},      {"framework", 40}, {"status", 14}, {"score", 8},
          {"met", 8},           {"partial", 8},    {"gap", 8},     {"not-applicable", 14},
          {"not-assessed", 14}, {"contested", 10}, {"overdue", 10}};
}

bool scored(model::Status s) {
  return s == model::Status::kMet || s == model::Status::kPartial || s == model::Status::kGap;
}

const std::vector<XlsxColumn>& framework_columns() {
  static const std::vector<XlsxColumn> k{
      {"company", 30},  {"obligation", 60},   {"title", 50},        {"status", 14},
      {"score", 8},     {"weight", 10},       {"flags", 30},        {"rules", 40},
      {"evidence", 80}, {"source 1", 50},     {"source 2", 50},     {"source 3", 50},
      {"missing", 60},  {"contested_by", 60}, {"derived_from", 60}, {"impacts", 60}};
  return k;
}
constexpr std::size_t kFirstSource = 9;

struct Cell {
  std::size_t col;
  std::string text;
  std::string url;  // a link when not empty
  double number = 0;
  bool is_number = false;
  int style = kWrap;
};
struct Row {
  std::size_t sheet;  // 0: Summary, then the frameworks in selection order
  std::vector<Cell> cells;
};

std::string quoted_lines(const std::vector<EvidenceLine>& ev) {
  std::string out;
  for (const auto& e : ev)
    out += fmt::format("{}{}{}{} ({}, {})", out.empty() ? "" : "\n", e.quoted ? "\u201C" : "",
                       e.text, e.quoted ? "\u201D" : "",
                       e.source_id.empty() ? e.claim_id : e.source_id, e.date);
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : "\n") + s;
  return out;
}

// Each source of a carried verdict with its own verdict and what it counts for.
std::string derived_lines(const model::Finding& f) {
  std::string out;
  for (const auto& d : f.derived)
    out += fmt::format("{}{} ({}): {} {}, counts as {} {}", out.empty() ? "" : "\n", d.from,
                       model::to_string(d.relation), model::to_string(d.status),
                       rounded_score(d.score), model::to_string(d.carried_status),
                       rounded_score(d.carried_score));
  return out;
}

// The evidence of a row: its rules' met elements; for a verdict carried over a mapping, the
// claims its sources rest on (newest first), so a derived row is read with its evidence.
std::vector<EvidenceLine> row_evidence(const model::Workspace& ws, const model::Company& c,
                                       const model::CompanyResult& cr, const model::Finding& f) {
  auto ev = evidence(ws, c, f, kSources);
  if (!ev.empty() || f.derived.empty()) return ev;
  for (int claim : resting_claims(ws, c, cr, f)) {
    if (ev.size() == kSources) break;
    ev.push_back(evidence_line(c, claim));
  }
  return ev;
}

class XlsxStream : public ReportStream {
 public:
  explicit XlsxStream(const StreamContext& ctx) : m_ctx(ctx), m_rows(ctx.ws.companies.size()) {}

  std::string begin() override {
    m_book = std::make_unique<XlsxBook>(m_ctx.as_of);
    m_sheets.push_back(&m_book->add_summary(summary_columns()));
    for (int fw : m_ctx.frameworks)
      m_sheets.push_back(&m_book->add_sheet(m_ctx.ws.frameworks[static_cast<std::size_t>(fw)].id,
                                            framework_columns()));
    m_book->inputs(m_ctx.ws);
    return {};
  }

  std::string company(const model::CompanyResult& cr) const override {
    auto& rows = m_rows[static_cast<std::size_t>(cr.company)];
    summary_rows(cr, rows);
    for (std::size_t i = 0; i < m_ctx.frameworks.size(); ++i) framework_rows(cr, i + 1, rows);
    return {};
  }

  std::string take(const model::CompanyResult& cr, std::string&&) override {
    auto& rows = m_rows[static_cast<std::size_t>(cr.company)];
    // A sheet past Excel's rows stops the writing; end() reports it (this runs inside the
    // evaluation's loop, which an exception would leave with threads running).
    if (m_error.empty()) try {
        for (const auto& r : rows) write(r);
      } catch (const WriteError& e) {
        m_error = e.what();
      }
    std::vector<Row>().swap(rows);
    return {};
  }

  std::string end() override {
    if (!m_error.empty()) throw WriteError(m_error);
    XlsxSheet& summary = *m_sheets.front();
    summary.note(fmt::format("ungap {}: {}", util::kVersion,
                             m_ctx.summary.line(m_ctx.as_of, m_ctx.frameworks.size())));
    int as_text = 0;
    for (const auto* s : m_sheets) as_text += s->links_as_text();
    if (as_text > 0)
      summary.note(fmt::format(
          "{} sources are written as text with their URL, not as links: the URL is not http(s) "
          "or is longer than the 255 characters an Excel formula's HYPERLINK takes",
          as_text));
    m_book->close();
    return {};
  }

  std::string more() override { return m_book->more(); }

 private:
  // A company's totals on each framework, as `--layout matrix` and Markdown give them.
  void summary_rows(const model::CompanyResult& cr, std::vector<Row>& rows) const {
    const auto& ws = m_ctx.ws;
    const auto& c = ws.companies[static_cast<std::size_t>(cr.company)];
    for (int fw : m_ctx.frameworks) {
      auto totals = company_totals(ws, cr, fw);
      auto verdict = totals.verdict();
      const auto& n = totals.counts();
      Row r{0,
            {{0, c.name.empty() ? c.id : c.name},
             {1, ws.frameworks[static_cast<std::size_t>(fw)].title},
             {2, std::string(model::to_string(verdict.status))}}};
      r.cells.back().style = static_cast<int>(verdict.status);
      if (scored(verdict.status)) r.cells.push_back(number(3, rounded_score(verdict.score)));
      std::size_t col = 4;
      for (int count : {n.met, n.partial, n.gap, n.not_applicable, n.not_assessed,
                        totals.contested(), totals.overdue()})
        r.cells.push_back(number(col++, count));
      rows.push_back(std::move(r));
    }
  }

  void framework_rows(const model::CompanyResult& cr, std::size_t sheet,
                      std::vector<Row>& rows) const {
    const auto& ws = m_ctx.ws;
    int fw = m_ctx.frameworks[sheet - 1];
    const auto& c = ws.companies[static_cast<std::size_t>(cr.company)];
    std::vector<const model::Finding*> findings;
    for (const auto& f : cr.findings)
      if (f.framework == fw && listed(ws, f)) findings.push_back(&f);
    sort_by_salience(c, findings);
    for (const auto* fp : findings) {
      const auto& f = *fp;
      auto ev = row_evidence(ws, c, cr, f);
      Row r{sheet, {}};
      auto add = [&r](std::size_t col, std::string text) {
        if (!text.empty()) r.cells.push_back({col, std::move(text)});
      };
      add(0, c.id);
      add(1, obligation_of(ws, f).full_id);
      add(2, obligation_of(ws, f).title);
      r.cells.push_back({3, std::string(model::to_string(f.status))});
      r.cells.back().style = static_cast<int>(f.status);
      if (!score_text(f).empty()) r.cells.push_back(number(4, rounded_score(f.score)));
      add(5, std::string(model::to_string(f.severity)));
      add(6, flags_text(f.flags));
      add(7, rules_text(ws, f));
      add(8, quoted_lines(ev));
      for (std::size_t i = 0; i < ev.size(); ++i)
        r.cells.push_back(
            {static_cast<std::size_t>(kFirstSource + i),
             fmt::format("{}: {}", ev[i].source_id.empty() ? ev[i].claim_id : ev[i].source_id,
                         ev[i].source),
             ev[i].url});
      add(12, joined(missing(ws, f)));
      add(13, quoted_lines(contest_evidence(ws, c, f, kSources)));
      add(14, derived_lines(f));
      add(15, impacts_text(c, f));
      rows.push_back(std::move(r));
    }
  }

  static Cell number(std::size_t col, double v) {
    Cell c{col, {}};
    c.number = v;
    c.is_number = true;
    return c;
  }

  void write(const Row& r) {
    XlsxSheet& sheet = *m_sheets[r.sheet];
    sheet.next_row();
    for (const auto& c : r.cells) {
      XlsxStyle f = c.style == kWrap ? XlsxStyle::kWrap : XlsxBook::status(model::Status(c.style));
      if (c.is_number)
        sheet.number(c.col, c.number, c.style == kWrap ? XlsxStyle::kNone : f);
      else if (!c.url.empty())
        sheet.link(c.col, c.url, c.text, XlsxStyle::kLink, f);
      else
        sheet.text(c.col, c.text, f);
    }
  }

  const StreamContext& m_ctx;
  std::unique_ptr<XlsxBook> m_book;
  std::vector<XlsxSheet*> m_sheets;
  mutable std::vector<std::vector<Row>> m_rows;  // each company's, filled by company()
  std::string m_error;
};

}  // namespace

std::unique_ptr<ReportStream> xlsx_stream(const StreamContext& ctx, const WriteOptions&) {
  return std::make_unique<XlsxStream>(ctx);
}

std::string write_xlsx(const Run& run, const WriteOptions& o) {
  return write_streamed(xlsx_stream, run, o);
}

std::string write_pivot_xlsx(const Run& run, GroupBy by) {
  XlsxBook book(run.results.as_of);
  XlsxSheet& sheet =
      book.add_sheet("By " + std::string(group_by_name(by)), {{std::string(group_by_name(by)), 40},
                                                              {"company", 30},
                                                              {"impact", 40},
                                                              {"severity", 40},
                                                              {"involvement", 20},
                                                              {"obligation", 60},
                                                              {"title", 50},
                                                              {"status", 14},
                                                              {"score", 8},
                                                              {"flags", 30}});
  book.inputs(run.ws);
  for (const auto& g : pivot(run, by))
    for (const auto& r : g.rows) {
      sheet.next_row();
      const std::string values[] = {g.key,         r.company,    r.impact, r.severity,
                                    r.involvement, r.obligation, r.title};
      for (std::size_t col = 0; col < std::size(values); ++col)
        sheet.text(col, values[col], XlsxStyle::kWrap);
      sheet.text(7, model::to_string(r.status), XlsxBook::status(r.status));
      sheet.number(8, rounded_score(r.score), XlsxStyle::kNone);
      sheet.text(9, r.flags, XlsxStyle::kWrap);
    }
  book.close();
  std::string out;
  for (std::string piece = book.more(); !piece.empty(); piece = book.more()) out += piece;
  return out;
}

}  // namespace ungap::report
