// A finished sheet: the XML around its rows, and its compressed bytes as one ZIP entry.
#include <fmt/format.h>

#include "report/xlsx_sheet.h"

namespace ungap::report {

namespace {

constexpr double kPadding = 2;  // characters added to the longest line's

constexpr std::string_view kWorksheet =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";

// One segment of a sheet's stream compressed apart: its bytes, CRC-32 and length.
struct Segment {
  std::string bytes;
  uint32_t crc;
  uint64_t size;
};

Segment compressed(std::string_view xml, bool last) {
  DeflateStream d;
  Segment s;
  d.write(xml, s.bytes);
  if (last)
    d.finish(s.bytes);
  else
    d.flush(s.bytes);
  s.crc = d.crc();
  s.size = d.size();
  return s;
}

}  // namespace

std::string XlsxSheet::filter() const {
  return fmt::format("A1:{}{}", column_letters(static_cast<XlsxCol>(m_columns.size() - 1)),
                     m_filter_rows + 1);
}

// Everything before the first row: the sheet's extent, the frozen header, the widths.
std::string XlsxSheet::head() const {
  std::string out(kWorksheet);
  out += fmt::format(
      "<dimension ref=\"A1:{}{}\"/><sheetViews><sheetView {}workbookViewId=\"0\"><pane "
      "ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection "
      "pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
      "<cols>",
      column_letters(static_cast<XlsxCol>(m_columns.size() - 1)), m_row + 1,
      m_first ? "tabSelected=\"1\" " : "");
  for (std::size_t i = 0; i < m_widths.size(); ++i)
    out += fmt::format("<col min=\"{0}\" max=\"{0}\" width=\"{1}\" customWidth=\"1\"/>", i + 1,
                       stored_width(m_widths[i] + kPadding));
  return out + "</cols><sheetData>";
}

std::string XlsxSheet::tail() const {
  return fmt::format(
      "</sheetData><autoFilter ref=\"{}\"/><pageMargins left=\"0.7\" right=\"0.7\" "
      "top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>",
      filter());
}

void XlsxSheet::finish() {
  end_rows();
  if (m_row_open) m_xml += "</row>";
  m_row_open = false;
  compress(true);
  Segment head = compressed(this->head(), false), tail = compressed(this->tail(), true);
  uint64_t body_stored = m_stored + m_compressed.size();  // m_stored: what the spool holds
  m_crc = crc32_joined(crc32_joined(head.crc, m_body.crc(), m_body.size()), tail.crc, tail.size);
  m_size = head.size + m_body.size() + tail.size;
  m_stored = head.bytes.size() + body_stored + tail.bytes.size();
  m_head = std::move(head.bytes);
  m_tail = std::move(tail.bytes);
}

ZipEntry XlsxSheet::entry(std::string path) const {
  return {std::move(path), m_crc, m_stored, m_size, true};
}

bool XlsxSheet::more(std::string& out) {
  switch (m_stage) {
    case 0:
      out += m_head;
      m_stage = m_spooled ? 1 : 2;
      return true;
    case 1: {
      std::string record;
      if (m_spool.get(record)) {
        out += record;
        return true;
      }
      m_stage = 2;
      return true;
    }
    case 2:
      out += m_compressed;
      out += m_tail;
      m_stage = 3;
      return true;
    default:
      return false;
  }
}

}  // namespace ungap::report
