#include "report/matrix.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "report/company_summary.h"
#include "util/version.h"

namespace ungap::report {

namespace {

using Render = std::string (*)(const Matrix&);

std::vector<MatrixRow> rows_of(const StreamContext& ctx) {
  std::vector<MatrixRow> out;
  for (int fw : ctx.frameworks) {
    const auto& obligations = ctx.ws.frameworks[static_cast<std::size_t>(fw)].obligations;
    for (std::size_t i = 0; i < obligations.size(); ++i)
      if (!(obligations[i].leaf() && !obligations[i].assessable))
        out.push_back({fw, static_cast<int>(i)});
  }
  return out;
}

// Collects each company's column on the worker that evaluated it (each into its own slot, so
// the threads never share one), and writes the whole matrix at the end.
class MatrixStream : public ReportStream {
 public:
  MatrixStream(const StreamContext& ctx, Render render, bool summaries)
      : m_matrix{ctx, rows_of(ctx), {}}, m_render(render), m_summaries(summaries) {
    m_matrix.columns.resize(ctx.ws.companies.size());
  }

  std::string begin() override { return {}; }

  std::string company(const model::CompanyResult& cr) const override {
    const auto& ctx = m_matrix.ctx;
    auto& col = m_matrix.columns[static_cast<std::size_t>(cr.company)];
    col.present = true;
    col.cells.reserve(m_matrix.rows.size());
    for (const auto& f : cr.findings)
      if (selected(ctx.ws, ctx.frameworks, f))
        col.cells.push_back({f.status, f.flags,
                             static_cast<std::uint16_t>(std::lround(rounded_score(f.score) * 10))});
    for (int fw : ctx.frameworks) col.totals.push_back(company_totals(ctx.ws, cr, fw));
    if (m_summaries) col.summary = company_summary_markdown(ctx.ws, ctx.frameworks, cr, "###");
    return {};
  }

  std::string end() override { return m_render(m_matrix); }

 private:
  mutable Matrix m_matrix;
  Render m_render;
  bool m_summaries;
};

template <Render render, bool summaries>
std::unique_ptr<ReportStream> make(const StreamContext& ctx, const WriteOptions&) {
  return std::make_unique<MatrixStream>(ctx, render, summaries);
}

struct MatrixFormat {
  std::string_view name;
  StreamFactory factory;
};

const MatrixFormat kFormats[] = {
    {"table", make<matrix_table, false>},
    {"md", make<matrix_markdown, true>},
    {"csv", make<matrix_csv, false>},
};

}  // namespace

std::vector<int> Matrix::ranking(std::size_t k) const {
  std::vector<int> out;
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].present) out.push_back(static_cast<int>(i));
  auto key = [&](int i) {
    const auto& t = columns[static_cast<std::size_t>(i)].totals[k];
    auto v = t.verdict();
    bool assessed = engine::is_assessed(v.status);
    return std::make_tuple(!assessed, -(assessed ? rounded_score(v.score) : 0), t.counts().gap,
                           -t.counts().met);
  };
  std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
    auto ka = key(a), kb = key(b);
    if (ka != kb) return ka < kb;
    return ctx.ws.companies[static_cast<std::size_t>(a)].id <
           ctx.ws.companies[static_cast<std::size_t>(b)].id;
  });
  return out;
}

StreamFactory matrix_stream(std::string_view format) {
  for (const auto& f : kFormats)
    if (f.name == format) return f.factory;
  return nullptr;
}

const char* const kMatrixLegend =
    "Cells: M met, P partial, G gap, each with its score; NA not applicable; -- not assessed; "
    "flags: c contested, o overdue, l late, d derived (carried over a mapping).";

std::string matrix_cell_code(const MatrixCell& cell) {
  static const char* const kStatus[] = {"G", "P", "M", "NA", "--"};
  static const std::pair<model::Flag, char> kFlags[] = {{model::Flag::kContested, 'c'},
                                                        {model::Flag::kOverdue, 'o'},
                                                        {model::Flag::kLate, 'l'},
                                                        {model::Flag::kDerived, 'd'}};
  std::string out = kStatus[static_cast<int>(cell.status)];
  if (engine::is_assessed(cell.status)) out += fmt::format(" {}", cell.tenths / 10.0);
  std::string flags;
  for (const auto& [flag, letter] : kFlags)
    if (cell.flags.has(flag)) flags += letter;
  return flags.empty() ? out : out + " " + flags;
}

}  // namespace ungap::report
