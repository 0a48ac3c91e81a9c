#include "report/xlsx_sheet.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/escape.h"
#include "util/text.h"

namespace ungap::report {

namespace {

constexpr std::size_t kMaxCell = 32000;  // Excel's limit is 32,767 characters per cell
constexpr double kPadding = 2;
constexpr std::size_t kMaxFormulaString = 255;  // room for the autofilter's button and the margins

std::string cell_text(std::string_view s) {
  return xml_text(s.size() > kMaxCell ? util::ellipsize(s, kMaxCell) : s);
}

}  // namespace

std::size_t longest_line(std::string_view s) {
  std::size_t longest = 0, n = 0;
  for (char c : s) {
    if (c == '\n') {
      longest = std::max(longest, n);
      n = 0;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {  // not a continuation byte
      ++n;
    }
  }
  return std::max(longest, n);
}

XlsxSheet::XlsxSheet(lxw_worksheet* ws, std::string name, std::vector<XlsxColumn> columns,
                     lxw_format* header)
    : m_ws(ws), m_name(std::move(name)), m_columns(std::move(columns)) {
  for (std::size_t i = 0; i < m_columns.size(); ++i) {
    auto col = static_cast<lxw_col_t>(i);
    worksheet_write_string(m_ws, 0, col, m_columns[i].name.c_str(), header);
    m_widths.push_back(static_cast<double>(longest_line(m_columns[i].name)));
  }
}

void XlsxSheet::next_row() {
  if (m_row + 1 >= LXW_ROW_MAX)
    throw WriteError(
        fmt::format("the XLSX sheet '{}' needs more than Excel's {} rows; select fewer companies "
                    "(--company) or frameworks (--framework), or write csv or json",
                    m_name, LXW_ROW_MAX));
  ++m_row;
}

void XlsxSheet::fit(lxw_col_t col, std::string_view s) {
  double& w = m_widths[col];
  w = std::max(w, std::min(static_cast<double>(longest_line(s)), m_columns[col].max_width));
}

void XlsxSheet::text(lxw_col_t col, std::string_view s, lxw_format* f) {
  if (s.empty()) return;
  std::string v = cell_text(s);
  worksheet_write_string(m_ws, m_row, col, v.c_str(), f);
  fit(col, v);
}

void XlsxSheet::number(lxw_col_t col, double v, lxw_format* f) {
  worksheet_write_number(m_ws, m_row, col, v, f);
  fit(col, fmt::format("{}", v));
}

// A literal inside an Excel formula: quotes doubled, and at most 255 characters (Excel's limit
// for a string in a formula).
std::string formula_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void XlsxSheet::link(lxw_col_t col, std::string_view url, std::string_view s, lxw_format* link,
                     lxw_format* fallback) {
  // Only web addresses become links (safe_url, as in the HTML report): a file: or javascript:
  // URL from the inputs stays text.
  std::string u = xml_text(safe_url(url));
  if (u.empty() || longest_line(u) > kMaxFormulaString || u.find('\n') != std::string::npos) {
    ++m_links_as_text;
    text(col, fmt::format("{} <{}>", s, url), fallback);
    return;
  }
  std::string v = xml_text(util::ellipsize(s, kMaxFormulaString));
  std::string formula = "=HYPERLINK(" + formula_string(u) + "," + formula_string(v) + ")";
  worksheet_write_formula_str(m_ws, m_row, col, formula.c_str(), link, v.c_str());
  fit(col, v);
}

// In constant_memory mode libxlsxwriter refuses an autofilter that ends above the row being
// written, so the filter is set when the rows end: before a note, or when the sheet is finished.
void XlsxSheet::end_rows() {
  if (m_rows_ended) return;
  m_rows_ended = true;
  worksheet_autofilter(m_ws, 0, 0, m_row, static_cast<lxw_col_t>(m_columns.size() - 1));
}

void XlsxSheet::note(std::string_view s) {
  if (!m_rows_ended) {
    end_rows();
    next_row();  // an empty row between the data rows and the lines after them
  }
  next_row();
  std::string v = cell_text(s);
  worksheet_write_string(m_ws, m_row, 0, v.c_str(), nullptr);
}

void XlsxSheet::finish() {
  end_rows();
  for (std::size_t i = 0; i < m_columns.size(); ++i) {
    auto col = static_cast<lxw_col_t>(i);
    worksheet_set_column(m_ws, col, col, m_widths[i] + kPadding, nullptr);
  }
  worksheet_freeze_panes(m_ws, 1, 0);
}

}  // namespace ungap::report
