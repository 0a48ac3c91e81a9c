#pragma once
// One XLSX worksheet written row by row. The workbook runs in libxlsxwriter's constant_memory
// mode, which keeps a single row in memory and flushes it when the next one starts, so rows go
// strictly in order: the header first, then each row once. Column widths are fitted to the
// longest line written (long text wraps at a cap) and set when the sheet is finished.
//
// Links are HYPERLINK formulas, shown as links by Excel, LibreOffice and Google Sheets.
// libxlsxwriter keeps each native hyperlink in memory until the file is written (about 2.8 KB
// apiece) and Excel takes 65,530 of them per sheet, which a thousand companies pass; a formula
// is written with its row and costs nothing after. A URL too long for a formula (255
// characters) is written as text with the URL.
#include <xlsxwriter.h>

#include <string>
#include <string_view>
#include <vector>

#include "report/stream.h"

namespace ungap::report {

struct XlsxColumn {
  std::string name;
  double max_width;  // in characters; longer lines wrap
};

class XlsxSheet {
 public:
  XlsxSheet(lxw_worksheet* ws, std::string name, std::vector<XlsxColumn> columns,
            lxw_format* header);
  // Starts the next row; throws WriteError past Excel's 1,048,576 rows.
  void next_row();
  lxw_row_t row() const { return m_row; }
  const std::string& name() const { return m_name; }
  void text(lxw_col_t col, std::string_view s, lxw_format* f);
  void number(lxw_col_t col, double v, lxw_format* f);
  // A link showing `s` (shortened to 255 characters); when the URL is too long for one, the
  // text followed by the URL.
  void link(lxw_col_t col, std::string_view url, std::string_view s, lxw_format* link,
            lxw_format* fallback);
  // A line of text below the rows, after an empty one, outside the autofilter and the widths.
  void note(std::string_view s);
  // Fitted widths, frozen header and autofilter over the rows written.
  void finish();
  int links_as_text() const { return m_links_as_text; }

 private:
  void fit(lxw_col_t col, std::string_view s);
  void end_rows();

  lxw_worksheet* m_ws;
  std::string m_name;
  std::vector<XlsxColumn> m_columns;
  std::vector<double> m_widths;
  lxw_row_t m_row = 0;
  bool m_rows_ended = false;
  int m_links_as_text = 0;
};

// Characters in the longest line of `s` (UTF-8 code points).
std::size_t longest_line(std::string_view s);

}  // namespace ungap::report
