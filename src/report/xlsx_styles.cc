// The workbook's looks. Every style is listed whether a sheet uses it or not, so a cell's style
// number is known before the rows are written; the default font is Calibri 11 (Excel's), which
// also sets what a column width in characters measures.
#include <fmt/format.h>

#include "report/xlsx_package.h"

namespace ungap::report {

namespace {

struct Look {
  const char* font;   // the font's markup before its size, like <b/>
  uint32_t color;     // the font's RGB; kAuto: the default (black)
  uint32_t fill;      // the background's RGB; kAuto: none
  const char* align;  // the alignment element, or ""
};
constexpr uint32_t kAuto = 0xFFFFFFFF;
constexpr const char* kTop = "<alignment vertical=\"top\"/>";
constexpr const char* kTopWrap = "<alignment vertical=\"top\" wrapText=\"1\"/>";

// In XlsxStyle's order; the statuses in model::Status's.
constexpr Look kLooks[] = {
    {"", kAuto, kAuto, ""},               // kNone
    {"<b/>", 0xFFFFFF, 0x37474F, ""},     // kHeader
    {"", kAuto, kAuto, kTopWrap},         // kWrap
    {"<u/>", 0x0000FF, kAuto, kTopWrap},  // kLink
    {"", 0xFFFFFF, 0xC62828, kTop},       // gap
    {"", kAuto, 0xF2A900, kTop},          // partial
    {"", 0xFFFFFF, 0x2E7D32, kTop},       // met
    {"", 0x333333, 0xCFD8DC, kTop},       // not-applicable
    {"", 0x666666, 0xECEFF1, kTop},       // not-assessed
};

}  // namespace

XlsxStyle status_style(int status) {
  return static_cast<XlsxStyle>(static_cast<int>(XlsxStyle::kStatus) + status);
}

// One font and one fill per look (the first two fills are the ones the format reserves), and
// one cell format joining them.
std::string xlsx_styles() {
  std::string fonts, fills, xfs;
  std::size_t n = std::size(kLooks);
  for (std::size_t i = 0; i < n; ++i) {
    const Look& l = kLooks[i];
    std::string color = l.color == kAuto ? "" : fmt::format("<color rgb=\"FF{:06X}\"/>", l.color);
    fonts += fmt::format(
        "<font>{}<sz val=\"11\"/>{}<name val=\"Calibri\"/><family val=\"2\"/>"
        "</font>",
        l.font, color);
    fills += l.fill == kAuto ? "<fill><patternFill patternType=\"none\"/></fill>"
                             : fmt::format(
                                   "<fill><patternFill patternType=\"solid\"><fgColor "
                                   "rgb=\"FF{:06X}\"/><bgColor indexed=\"64\"/>"
                                   "</patternFill></fill>",
                                   l.fill);
    xfs += fmt::format(
        "<xf numFmtId=\"0\" fontId=\"{0}\" fillId=\"{1}\" borderId=\"0\" xfId=\"0\"{2}{3}{4}", i,
        i + 2, i > 0 ? " applyFont=\"1\" applyFill=\"1\"" : "",
        *l.align ? " applyAlignment=\"1\">" : "/>", *l.align ? std::string(l.align) + "</xf>" : "");
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<fonts count=\"{0}\">{1}</fonts><fills count=\"{2}\"><fill><patternFill "
      "patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>{3}"
      "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
      "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
      "borderId=\"0\"/></cellStyleXfs><cellXfs count=\"{0}\">{4}</cellXfs><cellStyles "
      "count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
      "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" "
      "defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>",
      n, fonts, n + 2, fills, xfs);
}

}  // namespace ungap::report
