#include "report/xlsx_sheet.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "report/escape.h"
#include "util/text.h"

namespace ungap::report {

namespace {

constexpr std::size_t kMaxCell = 32000;         // Excel's limit is 32,767 characters per cell
constexpr std::size_t kMaxFormulaString = 255;  // room for the autofilter's button and the margins
constexpr std::size_t kXmlBatch = 1 << 13;      // XML compressed at a time
constexpr std::size_t kSpoolBatch = 1 << 13;    // compressed bytes set aside at a time

std::string cell_text(std::string_view s) {
  return xml_text(s.size() > kMaxCell ? util::ellipsize(s, kMaxCell) : s);
}

// A literal inside an Excel formula: quotes doubled.
std::string formula_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
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

double stored_width(double chars) {
  constexpr double kDigit = 7, kMargin = 5;
  if (chars <= 0) return 0;
  double pixels = chars < 1 ? static_cast<uint16_t>(chars * (kDigit + kMargin) + 0.5)
                            : static_cast<uint16_t>(chars * kDigit + 0.5) + kMargin;
  return static_cast<uint16_t>(pixels / kDigit * 256.0) / 256.0;
}

XlsxSheet::XlsxSheet(std::string name, std::vector<XlsxColumn> columns, bool first)
    : m_name(std::move(name)), m_columns(std::move(columns)), m_first(first) {
  for (std::size_t i = 0; i < m_columns.size(); ++i) {
    put_text(static_cast<XlsxCol>(i), xml_text(m_columns[i].name), XlsxStyle::kHeader);
    m_widths.push_back(static_cast<double>(longest_line(m_columns[i].name)));
  }
}

void XlsxSheet::next_row() {
  if (m_row + 1 >= kXlsxRows)
    throw WriteError(
        fmt::format("the XLSX sheet '{}' needs more than Excel's {} rows; select fewer companies "
                    "(--company) or frameworks (--framework), or write csv or json",
                    m_name, kXlsxRows));
  if (m_row_open) {
    m_xml += "</row>";
    m_row_open = false;
    if (m_xml.size() >= kXmlBatch) compress(false);
  }
  ++m_row;
}

void XlsxSheet::fit(XlsxCol col, std::string_view s) {
  double& w = m_widths[col];
  w = std::max(w, std::min(static_cast<double>(longest_line(s)), m_columns[col].max_width));
}

// A cell's start: its row's when it is the row's first, its reference, style and type.
void XlsxSheet::cell(XlsxCol col, XlsxStyle style, std::string_view type) {
  if (!m_row_open) {
    m_xml += "<row r=\"";
    m_xml += std::to_string(m_row + 1);
    m_xml += "\">";
    m_row_open = true;
  }
  m_xml += "<c r=\"";
  append_cell_ref(m_xml, m_row, col);
  m_xml += '"';
  if (style != XlsxStyle::kNone) {
    m_xml += " s=\"";
    m_xml += std::to_string(static_cast<int>(style));
    m_xml += '"';
  }
  m_xml += type;
  m_xml += '>';
}

// An inline string; `v` is already xml_text. Leading or trailing white space is kept.
void XlsxSheet::put_text(XlsxCol col, std::string_view v, XlsxStyle style) {
  cell(col, style, " t=\"inlineStr\"");
  bool keep = std::isspace(static_cast<unsigned char>(v.front())) ||
              std::isspace(static_cast<unsigned char>(v.back()));
  m_xml += keep ? "<is><t xml:space=\"preserve\">" : "<is><t>";
  append_xml_escaped(m_xml, v);
  m_xml += "</t></is></c>";
}

void XlsxSheet::text(XlsxCol col, std::string_view s, XlsxStyle style) {
  if (s.empty()) return;
  std::string v = cell_text(s);
  put_text(col, v, style);
  fit(col, v);
}

void XlsxSheet::number(XlsxCol col, double v, XlsxStyle style) {
  std::string digits = fmt::format("{}", v);
  cell(col, style, "");
  m_xml += "<v>" + digits + "</v></c>";
  fit(col, digits);
}

void XlsxSheet::link(XlsxCol col, std::string_view url, std::string_view s, XlsxStyle link,
                     XlsxStyle fallback) {
  // Only web addresses become links (safe_url, as in the HTML report): a file: or javascript:
  // URL from the inputs stays text.
  std::string u = xml_text(safe_url(url));
  if (u.empty() || longest_line(u) > kMaxFormulaString || u.find('\n') != std::string::npos) {
    ++m_links_as_text;
    text(col, fmt::format("{} <{}>", s, url), fallback);
    return;
  }
  std::string v = xml_text(util::ellipsize(s, kMaxFormulaString));
  cell(col, link, " t=\"str\"");
  m_xml += "<f>";
  append_xml_escaped(m_xml, "HYPERLINK(" + formula_string(u) + "," + formula_string(v) + ")");
  m_xml += "</f><v>";
  append_xml_escaped(m_xml, v);
  m_xml += "</v></c>";
  fit(col, v);
}

// The autofilter covers the rows written before a note, or all of them.
void XlsxSheet::end_rows() {
  if (m_rows_ended) return;
  m_rows_ended = true;
  m_filter_rows = m_row;
}

void XlsxSheet::note(std::string_view s) {
  if (!m_rows_ended) {
    end_rows();
    next_row();  // an empty row between the data rows and the lines after them
  }
  next_row();
  std::string v = cell_text(s);
  if (!v.empty()) put_text(0, v, XlsxStyle::kNone);
}

void XlsxSheet::compress(bool all) {
  m_body.write(m_xml, m_compressed);
  m_xml.clear();
  if (all) m_body.flush(m_compressed);
  if (m_compressed.size() >= kSpoolBatch || (all && m_spooled)) {
    m_stored += m_compressed.size();
    m_spool.put(m_compressed);
    m_spooled = true;
    m_compressed.clear();
  }
}

}  // namespace ungap::report
