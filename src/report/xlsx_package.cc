#include "report/xlsx_package.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/escape.h"

namespace ungap::report {

namespace {

constexpr std::string_view kDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr std::string_view kPackageRels =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view kDocumentRels =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view kSpreadsheetMl =
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view kOfficeTypes = "application/vnd.openxmlformats-officedocument.";

std::string content_types(std::size_t sheets) {
  std::string out = fmt::format(
      "{}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/docProps/app.xml\" ContentType=\"{}extended-properties+xml\"/>"
      "<Override PartName=\"/docProps/core.xml\" "
      "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
      "<Override PartName=\"/xl/styles.xml\" ContentType=\"{}spreadsheetml.styles+xml\"/>"
      "<Override PartName=\"/xl/workbook.xml\" ContentType=\"{}spreadsheetml.sheet.main+xml\"/>",
      kDeclaration, kOfficeTypes, kOfficeTypes, kOfficeTypes);
  for (std::size_t i = 1; i <= sheets; ++i)
    out += fmt::format(
        "<Override PartName=\"/xl/worksheets/sheet{}.xml\" "
        "ContentType=\"{}spreadsheetml.worksheet+xml\"/>",
        i, kOfficeTypes);
  return out + "</Types>";
}

std::string root_rels() {
  return fmt::format(
      "{0}<Relationships xmlns=\"{1}\">"
      "<Relationship Id=\"rId1\" Type=\"{2}/officeDocument\" Target=\"xl/workbook.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"{1}/metadata/core-properties\" "
      "Target=\"docProps/core.xml\"/>"
      "<Relationship Id=\"rId3\" Type=\"{2}/extended-properties\" Target=\"docProps/app.xml\"/>"
      "</Relationships>",
      kDeclaration, kPackageRels, kDocumentRels);
}

std::string app(const std::vector<XlsxSheetEntry>& sheets) {
  std::string names;
  for (const auto& s : sheets) names += "<vt:lpstr>" + xml_escape(s.name) + "</vt:lpstr>";
  return fmt::format(
      "{}<Properties "
      "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
      "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
      "<Application>ungap</Application><HeadingPairs><vt:vector size=\"2\" "
      "baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
      "<vt:variant><vt:i4>{}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts>"
      "<vt:vector size=\"{}\" baseType=\"lpstr\">{}</vt:vector></TitlesOfParts></Properties>",
      kDeclaration, sheets.size(), sheets.size(), names);
}

std::string core(util::Date created) {
  return fmt::format(
      "{0}<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      "<dc:title>ungap gap report</dc:title><dc:creator>ungap</dc:creator>"
      "<cp:lastModifiedBy>ungap</cp:lastModifiedBy>"
      "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{1}T00:00:00Z</dcterms:created>"
      "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{1}T00:00:00Z</dcterms:modified>"
      "</cp:coreProperties>",
      kDeclaration, created.str());
}

// A sheet's name in a formula: quoted, quotes doubled, so any name is read as one.
std::string quoted_sheet(std::string_view name) {
  std::string out = "'";
  for (char c : name) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// An absolute range: A1:P15 as $A$1:$P$15.
std::string absolute(std::string_view range) {
  std::string out;
  bool letters = false;
  for (char c : range) {
    bool letter = c >= 'A' && c <= 'Z';
    if ((letter && !letters) || (!letter && c != ':' && letters)) out += '$';
    letters = letter;
    out += c;
  }
  return out;
}

// The autofilters are also named ranges, as Excel writes them; listed by sheet name.
std::string workbook(const std::vector<XlsxSheetEntry>& sheets) {
  std::string list, names;
  for (std::size_t i = 0; i < sheets.size(); ++i)
    list += fmt::format("<sheet name=\"{}\" sheetId=\"{}\" r:id=\"rId{}\"/>",
                        xml_escape(sheets[i].name), i + 1, i + 1);
  std::vector<std::size_t> order(sheets.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return lower(sheets[a].name) < lower(sheets[b].name);
  });
  for (std::size_t i : order) {
    names += fmt::format(
        "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{}\" hidden=\"1\">", i);
    append_xml_escaped(names, xml_text(quoted_sheet(sheets[i].name)));
    names += "!" + absolute(sheets[i].filter) + "</definedName>";
  }
  return fmt::format(
      "{}<workbook xmlns=\"{}\" xmlns:r=\"{}\"><bookViews><workbookView xWindow=\"240\" "
      "yWindow=\"15\" windowWidth=\"16095\" windowHeight=\"9660\"/></bookViews><sheets>{}"
      "</sheets><definedNames>{}</definedNames><calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/>"
      "</workbook>",
      kDeclaration, kSpreadsheetMl, kDocumentRels, list, names);
}

std::string workbook_rels(std::size_t sheets) {
  std::string out = fmt::format("{}<Relationships xmlns=\"{}\">", kDeclaration, kPackageRels);
  for (std::size_t i = 1; i <= sheets; ++i)
    out += fmt::format(
        "<Relationship Id=\"rId{}\" Type=\"{}/worksheet\" Target=\"worksheets/sheet{}.xml\"/>", i,
        kDocumentRels, i);
  return out + fmt::format(
                   "<Relationship Id=\"rId{}\" Type=\"{}/styles\" Target=\"styles.xml\"/>"
                   "</Relationships>",
                   sheets + 1, kDocumentRels);
}

}  // namespace

std::vector<XlsxPart> xlsx_parts(const std::vector<XlsxSheetEntry>& sheets, util::Date created) {
  return {{"[Content_Types].xml", content_types(sheets.size())},
          {"_rels/.rels", root_rels()},
          {"docProps/app.xml", app(sheets)},
          {"docProps/core.xml", core(created)},
          {"xl/workbook.xml", workbook(sheets)},
          {"xl/_rels/workbook.xml.rels", workbook_rels(sheets.size())},
          {"xl/styles.xml", xlsx_styles()}};
}

std::string column_letters(uint16_t col) {
  std::string out;
  for (unsigned n = col + 1u; n > 0; n = (n - 1) / 26)
    out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
  return out;
}

void append_cell_ref(std::string& out, uint32_t row, uint16_t col) {
  if (col < 26)
    out += static_cast<char>('A' + col);
  else
    out += column_letters(col);
  char digits[10];
  int n = 0;
  for (uint32_t r = row + 1; r > 0; r /= 10) digits[n++] = static_cast<char>('0' + r % 10);
  while (n > 0) out += digits[--n];
}

}  // namespace ungap::report
