#pragma once
// One XLSX worksheet written row by row: each row's XML goes straight into the sheet's deflate
// stream and the compressed bytes into a temporary file, so memory stays bounded whatever the
// sheet's size. Rows go strictly in order: the header first, then each row once, and the cells
// of a row left to right. Column widths are fitted to the longest line written (long text wraps
// at a cap); the XML before the rows, which holds them, is compressed when the sheet is finished
// and laid before the rows' (report/deflate_stream.h).
//
// Links are HYPERLINK formulas, shown as links by Excel, LibreOffice and Google Sheets: Excel
// takes 65,530 native hyperlinks per sheet, which a thousand companies pass. A URL too long for
// a formula (255 characters) is written as text with the URL.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "report/deflate_stream.h"
#include "report/spool.h"
#include "report/stream.h"
#include "report/xlsx_package.h"
#include "report/zip_archive.h"

namespace ungap::report {

using XlsxRow = uint32_t;               // from 0: the header
using XlsxCol = uint16_t;               // from 0: column A
constexpr XlsxRow kXlsxRows = 1048576;  // Excel's limit

struct XlsxColumn {
  std::string name;
  double max_width;  // in characters; longer lines wrap
};

class XlsxSheet {
 public:
  // The first sheet is the one selected when the workbook opens.
  XlsxSheet(std::string name, std::vector<XlsxColumn> columns, bool first);
  // Starts the next row; throws WriteError past Excel's 1,048,576 rows.
  void next_row();
  XlsxRow row() const { return m_row; }
  const std::string& name() const { return m_name; }
  void text(XlsxCol col, std::string_view s, XlsxStyle style);
  void number(XlsxCol col, double v, XlsxStyle style);
  // A link showing `s` (shortened to 255 characters); when the URL is too long for one, the
  // text followed by the URL.
  void link(XlsxCol col, std::string_view url, std::string_view s, XlsxStyle link,
            XlsxStyle fallback);
  // A line of text below the rows, after an empty one, outside the autofilter and the widths.
  void note(std::string_view s);
  // Fitted widths, frozen header and autofilter over the rows written; no cell after it.
  void finish();
  int links_as_text() const { return m_links_as_text; }

  // After finish(): the range under the autofilter (A1:P15), the sheet as a ZIP entry named
  // `path`, and its compressed bytes a piece at a time (false at the end).
  std::string filter() const;
  ZipEntry entry(std::string path) const;
  bool more(std::string& out);

 private:
  void fit(XlsxCol col, std::string_view s);
  void cell(XlsxCol col, XlsxStyle style, std::string_view type);
  void put_text(XlsxCol col, std::string_view v, XlsxStyle style);
  void end_rows();
  void compress(bool all);
  std::string head() const;
  std::string tail() const;

  std::string m_name;
  std::vector<XlsxColumn> m_columns;
  std::vector<double> m_widths;
  bool m_first;
  XlsxRow m_row = 0, m_filter_rows = 0;
  bool m_row_open = false, m_rows_ended = false;
  int m_links_as_text = 0;
  std::string m_xml;         // written, not compressed yet
  std::string m_compressed;  // compressed, not in the spool yet (or the last of it)
  DeflateStream m_body;
  Spool m_spool;
  bool m_spooled = false;
  std::string m_head, m_tail;  // compressed by finish()
  uint32_t m_crc = 0;
  uint64_t m_size = 0, m_stored = 0;
  int m_stage = 0;  // what more() gives next: the head, the spool, the rest, done
};

// Characters in the longest line of `s` (UTF-8 code points).
std::size_t longest_line(std::string_view s);
// A column's width as the file stores it for `chars` characters of Calibri 11 (Excel's sum of
// pixels: 7 per digit and 5 of margin, in 256ths of a character).
double stored_width(double chars);

}  // namespace ungap::report
