// The matrix layout in each format: the terminal table, Markdown and CSV (matrix.h).
#include <fmt/format.h>

#include <array>

#include "report/escape.h"
#include "report/matrix.h"
#include "util/text.h"
#include "util/version.h"

namespace ungap::report {

namespace {

const model::Company& company(const Matrix& m, int i) {
  return m.ctx.ws.companies[static_cast<std::size_t>(i)];
}

const model::Obligation& obligation(const Matrix& m, const MatrixRow& r) {
  return m.ctx.ws.frameworks[static_cast<std::size_t>(r.framework)]
      .obligations[static_cast<std::size_t>(r.obligation)];
}

// The totals columns of one company on one framework, as the ranking shows them.
std::array<std::string, 8> totals_cells(const CompanyTotals& t) {
  const auto& c = t.counts();
  return {t.verdict_text(),
          std::to_string(c.met),
          std::to_string(c.partial),
          std::to_string(c.gap),
          std::to_string(c.not_applicable),
          std::to_string(c.not_assessed),
          std::to_string(t.contested()),
          std::to_string(t.overdue())};
}

const std::array<const char*, 8> kTotalsHeads{"SCORE", "MET",          "PARTIAL",   "GAP",
                                              "N/A",   "NOT-ASSESSED", "CONTESTED", "OVERDUE"};

// The rows of framework k: [first, last) into m.rows.
std::pair<std::size_t, std::size_t> rows_of(const Matrix& m, std::size_t k) {
  int fw = m.ctx.frameworks[k];
  std::size_t first = 0;
  while (first < m.rows.size() && m.rows[first].framework != fw) ++first;
  std::size_t last = first;
  while (last < m.rows.size() && m.rows[last].framework == fw) ++last;
  return {first, last};
}

std::string table_framework(const Matrix& m, std::size_t k) {
  const auto& fw = m.ctx.ws.frameworks[static_cast<std::size_t>(m.ctx.frameworks[k])];
  auto ranking = m.ranking(k);
  std::string out =
      fmt::format("{}: {} ({} companies, ranked by score)\n", fw.id, fw.title, ranking.size());
  std::vector<std::vector<std::string>> rank_rows{{"RANK", "COMPANY"}};
  for (const char* h : kTotalsHeads) rank_rows[0].emplace_back(h);
  for (std::size_t r = 0; r < ranking.size(); ++r) {
    std::vector<std::string> row{std::to_string(r + 1), company(m, ranking[r]).id};
    for (auto& cell : totals_cells(m.columns[static_cast<std::size_t>(ranking[r])].totals[k]))
      row.push_back(std::move(cell));
    rank_rows.push_back(std::move(row));
  }
  out += util::aligned_columns(rank_rows) + "\n";
  std::vector<std::vector<std::string>> grid{{"OBLIGATION"}};
  for (int i : ranking) grid[0].push_back(company(m, i).id);
  grid[0].emplace_back("TITLE");
  auto [first, last] = rows_of(m, k);
  for (std::size_t r = first; r < last; ++r) {
    const auto& o = obligation(m, m.rows[r]);
    std::vector<std::string> row{o.full_id};
    for (int i : ranking)
      row.push_back(matrix_cell_code(m.columns[static_cast<std::size_t>(i)].cells[r]));
    row.push_back(util::ellipsize(o.title, 50));
    grid.push_back(std::move(row));
  }
  return out + util::aligned_columns(grid) + "\n";
}

std::string md_framework(const Matrix& m, std::size_t k) {
  const auto& fw = m.ctx.ws.frameworks[static_cast<std::size_t>(m.ctx.frameworks[k])];
  auto ranking = m.ranking(k);
  std::string out = fmt::format(
      "## {} \u2014 {}\n\n### Ranking\n\n| Rank | Company | Score | Met | Partial | Gap | Not "
      "applicable | Not assessed | Contested | Overdue |\n| ---: | --- | --- | ---: | ---: | ---: "
      "| ---: | ---: | ---: | ---: |\n",
      md_cell(fw.id), md_cell(fw.title));
  for (std::size_t r = 0; r < ranking.size(); ++r) {
    const auto& c = company(m, ranking[r]);
    out += fmt::format("| {} | {} |", r + 1, md_cell(c.id));
    for (const auto& cell : totals_cells(m.columns[static_cast<std::size_t>(ranking[r])].totals[k]))
      out += " " + cell + " |";
    out += "\n";
  }
  out += "\n### Verdicts\n\n| Obligation | Title |";
  for (int i : ranking) out += " " + md_cell(company(m, i).id) + " |";
  out += "\n| --- | --- |";
  for (std::size_t i = 0; i < ranking.size(); ++i) out += " --- |";
  out += "\n";
  auto [first, last] = rows_of(m, k);
  for (std::size_t r = first; r < last; ++r) {
    const auto& o = obligation(m, m.rows[r]);
    out += fmt::format("| {} | {} |", md_cell(o.full_id), md_cell(o.title));
    for (int i : ranking)
      out += " " + matrix_cell_code(m.columns[static_cast<std::size_t>(i)].cells[r]) + " |";
    out += "\n";
  }
  return out + "\n";
}

// A cell in words, for CSV: "partial 66.7; contested, overdue".
std::string csv_cell(const MatrixCell& cell) {
  std::string out(model::to_string(cell.status));
  if (engine::is_assessed(cell.status)) out += fmt::format(" {}", cell.tenths / 10.0);
  std::string flags = flags_text(cell.flags);
  return flags.empty() ? out : out + "; " + flags;
}

void csv_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    append_csv_field(out, fields[i]);
  }
  out += "\r\n";
}

}  // namespace

std::string matrix_table(const Matrix& m) {
  std::string out;
  for (std::size_t k = 0; k < m.ctx.frameworks.size(); ++k) out += table_framework(m, k);
  return out + kMatrixLegend + "\n" + m.ctx.summary.line(m.ctx.as_of, m.ctx.frameworks.size()) +
         "\n";
}

std::string matrix_markdown(const Matrix& m) {
  std::string out = fmt::format("# ungap gap matrix\n\n- Tool: ungap {}\n- As of: {}\n\n{}\n\n",
                                util::kVersion, m.ctx.as_of.str(), kMatrixLegend);
  for (std::size_t k = 0; k < m.ctx.frameworks.size(); ++k) out += md_framework(m, k);
  out += "## Companies\n\n";
  for (const auto& col : m.columns) out += col.summary;
  out += fmt::format("## Summary\n\n{}\n\n## Inputs\n\n| File | SHA-256 |\n| --- | --- |\n",
                     m.ctx.summary.line(m.ctx.as_of, m.ctx.frameworks.size()));
  for (const auto& in : m.ctx.ws.inputs)
    out += fmt::format("| {} | `{}` |\n", md_cell(in.path), in.sha256);
  return out;
}

std::string matrix_csv(const Matrix& m) {
  std::vector<int> present;
  for (std::size_t i = 0; i < m.columns.size(); ++i)
    if (m.columns[i].present) present.push_back(static_cast<int>(i));
  std::vector<std::string> head{"framework", "obligation", "title", "weight"};
  for (int i : present) head.push_back(company(m, i).id);
  std::string out;
  csv_row(out, head);
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    const auto& o = obligation(m, m.rows[r]);
    std::vector<std::string> row{
        m.ctx.ws.frameworks[static_cast<std::size_t>(m.rows[r].framework)].id, o.full_id, o.title,
        std::string(model::to_string(o.effective_severity()))};
    for (int i : present) row.push_back(csv_cell(m.columns[static_cast<std::size_t>(i)].cells[r]));
    csv_row(out, row);
  }
  // The totals, one row per figure and framework, in the company columns.
  static const char* const kFigures[] = {
      "(score)",          "(met)",          "(partial)",   "(gap)",
      "(not-applicable)", "(not-assessed)", "(contested)", "(overdue)"};
  for (std::size_t k = 0; k < m.ctx.frameworks.size(); ++k) {
    const auto& fw_id = m.ctx.ws.frameworks[static_cast<std::size_t>(m.ctx.frameworks[k])].id;
    auto ranking = m.ranking(k);
    std::vector<std::string> rank_row{fw_id, "(rank)", "", ""};
    for (int i : present)
      rank_row.push_back(
          std::to_string(std::find(ranking.begin(), ranking.end(), i) - ranking.begin() + 1));
    csv_row(out, rank_row);
    for (std::size_t f = 0; f < std::size(kFigures); ++f) {
      std::vector<std::string> row{fw_id, kFigures[f], "", ""};
      for (int i : present)
        row.push_back(totals_cells(m.columns[static_cast<std::size_t>(i)].totals[k])[f]);
      csv_row(out, row);
    }
  }
  return out;
}

}  // namespace ungap::report
