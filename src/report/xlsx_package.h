#pragma once
// The parts of an XLSX workbook (Office Open XML, SpreadsheetML) other than its sheets: the
// content types, the relationships, the document properties, the workbook with its sheet list
// and autofilter ranges, and the styles every sheet's cells refer to by number.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/date.h"

namespace ungap::report {

// A cell's look: its index in styles.xml's cellXfs. The statuses follow model::Status's order.
enum class XlsxStyle : uint8_t {
  kNone,    // Calibri 11, bottom-aligned, no wrap
  kHeader,  // bold white on slate
  kWrap,    // wrapped, top-aligned
  kLink,    // kWrap, blue and underlined
  kStatus,  // the first of five: gap, partial, met, not-applicable, not-assessed
};
XlsxStyle status_style(int status);
// styles.xml: the fonts, fills and alignments of every XlsxStyle, in that order.
std::string xlsx_styles();

struct XlsxPart {
  std::string name;  // its path in the archive
  std::string xml;
};

struct XlsxSheetEntry {
  std::string name;
  std::string filter;  // the autofilter's range, like A1:P15
};

// Every part but the sheets (xl/worksheets/sheetN.xml, in `sheets`' order).
std::vector<XlsxPart> xlsx_parts(const std::vector<XlsxSheetEntry>& sheets, util::Date created);

// A column's letters (0: A, 26: AA) and a cell's reference (row and column from 0: A1).
std::string column_letters(uint16_t col);
void append_cell_ref(std::string& out, uint32_t row, uint16_t col);

}  // namespace ungap::report
