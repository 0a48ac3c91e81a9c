#include "report/xlsx_package.h"

#include <zlib.h>

#include <boost/test/unit_test.hpp>
#include <string>

#include "report/escape.h"
#include "report/xlsx_book.h"

using namespace ungap::report;

namespace {

uint32_t le(const std::string& s, std::size_t at, int bytes) {
  uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(s[at + i]);
  return v;
}

// The text of the archive's entry `name`, read by its local header and inflated.
std::string entry_text(const std::string& zip, const std::string& name) {
  for (std::size_t at = 0; le(zip, at, 4) == 0x04034b50;) {
    uint32_t stored = le(zip, at + 18, 4), size = le(zip, at + 22, 4);
    std::size_t name_size = le(zip, at + 26, 2), data = at + 30 + name_size;
    if (zip.compare(at + 30, name_size, name) == 0) {
      std::string out(size, '\0');
      z_stream z{};
      inflateInit2(&z, -15);
      z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
      z.avail_in = stored;
      z.next_out = reinterpret_cast<Bytef*>(out.data());
      z.avail_out = size;
      BOOST_TEST(inflate(&z, Z_FINISH) == Z_STREAM_END);
      inflateEnd(&z);
      return out;
    }
    at = data + stored;
  }
  return "(no " + name + ")";
}

std::string workbook_bytes(XlsxBook& book) {
  book.close();
  std::string out;
  for (std::string piece = book.more(); !piece.empty(); piece = book.more()) out += piece;
  return out;
}

std::string between(const std::string& s, const std::string& from, const std::string& to) {
  std::size_t a = s.find(from), b = s.find(to, a);
  return a == std::string::npos || b == std::string::npos ? "" : s.substr(a, b + to.size() - a);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xlsx_package)

BOOST_AUTO_TEST_CASE(cell_references) {
  BOOST_TEST(column_letters(0) == "A");
  BOOST_TEST(column_letters(25) == "Z");
  BOOST_TEST(column_letters(26) == "AA");
  BOOST_TEST(column_letters(16383) == "XFD");  // Excel's last column
  std::string ref;
  append_cell_ref(ref, 0, 0);
  append_cell_ref(ref, 1048575, 27);
  BOOST_TEST(ref == "A1AB1048576");
}

BOOST_AUTO_TEST_CASE(markup_escaped) {
  std::string out;
  append_xml_escaped(out, "a & b <c> \"d\" 'e'");
  BOOST_TEST(out == "a &amp; b &lt;c&gt; \"d\" 'e'");
}

// A cell's text as the sheet holds it: markup escaped, C0 controls as spaces (XML 1.0 cannot
// hold them), U+FFFF as U+FFFD, an invalid UTF-8 byte as util::replace_invalid_utf8 gives it,
// characters outside the BMP as they are, and xml:space kept for a leading or trailing space.
BOOST_AUTO_TEST_CASE(cell_text_in_the_sheet) {
  XlsxBook book(ungap::util::Date{});
  XlsxSheet& sheet = book.add_sheet("s", {{"a", 10}, {"b", 10}});
  sheet.next_row();
  sheet.text(0, "x & <y>\x01\x1f\ttab\nline \xF0\x9F\x98\x80 \xEF\xBF\xBF\xC3", book.wrap());
  sheet.text(1, " lead", XlsxStyle::kNone);
  sheet.next_row();
  sheet.number(0, 8.3, book.status(ungap::model::Status::kMet));
  sheet.link(1, "https://e.org/?a=\"1\"&b=2", "R&D", book.link(), book.wrap());
  std::string xml = entry_text(workbook_bytes(book), "xl/worksheets/sheet1.xml");
  BOOST_TEST(between(xml, "<row r=\"2\">", "</row>") ==
             "<row r=\"2\"><c r=\"A2\" s=\"2\" t=\"inlineStr\"><is><t>x &amp; &lt;y&gt;  \ttab\n"
             "line \xF0\x9F\x98\x80 \xEF\xBF\xBD?</t></is></c>"
             "<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> lead</t></is></c></row>");
  BOOST_TEST(between(xml, "<row r=\"3\">", "</row>") ==
             "<row r=\"3\"><c r=\"A3\" s=\"6\"><v>8.3</v></c><c r=\"B3\" s=\"3\" t=\"str\"><f>"
             "HYPERLINK(\"https://e.org/?a=\"\"1\"\"&amp;b=2\",\"R&amp;D\")</f><v>R&amp;D</v></c>"
             "</row>");
  BOOST_TEST(between(xml, "<dimension", "/>") == "<dimension ref=\"A1:B3\"/>");
  BOOST_TEST(between(xml, "</sheetData>", "/>") == "</sheetData><autoFilter ref=\"A1:B3\"/>");
}

// The parts around the sheets: the sheet list and its autofilter names (quoted, any name).
BOOST_AUTO_TEST_CASE(workbook_part) {
  XlsxBook book(ungap::util::Date{});
  book.add_summary({{"company", 30}});
  book.add_sheet("it's", {{"a", 1}});
  std::string zip = workbook_bytes(book);
  std::string wb = entry_text(zip, "xl/workbook.xml");
  BOOST_TEST(
      between(wb, "<sheets>", "</sheets>") ==
      "<sheets><sheet name=\"Summary\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"it&apos;s\" "
      "sheetId=\"2\" r:id=\"rId2\"/></sheets>");
  BOOST_TEST(between(wb, "<definedNames>", "</definedNames>") ==
             "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"1\" "
             "hidden=\"1\">'it''s'!$A$1:$A$1</definedName><definedName "
             "name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'Summary'!$A$1:$A$1"
             "</definedName></definedNames>");
  BOOST_TEST(entry_text(zip, "docProps/core.xml").find("1970-01-01T00:00:00Z") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
