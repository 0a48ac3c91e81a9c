// Diagnostic rendering: header, source line and caret (under tabs and wide characters),
// windowing of very long lines, sorting and de-duplication.
#include "util/diagnostic.h"

#include <boost/test/unit_test.hpp>
#include <string>

using namespace ungap::util;

namespace {

Diagnostic at(const SourceFile& f, uint32_t line, uint32_t col, std::string msg = "bad") {
  return {Severity::kError, {&f, line, col}, std::move(msg), "code"};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(diagnostic)

BOOST_AUTO_TEST_CASE(renders_header_line_and_caret) {
  SourceFile f("a.yaml", "first\n  key: value\n");
  BOOST_TEST(render_text(at(f, 2, 3)) == "a.yaml:2:3: error: bad [code]\n  key: value\n  ^\n");
  Diagnostic w{Severity::kWarning, {&f, 1, 1}, "careful", ""};
  BOOST_TEST(render_text(w) == "a.yaml:1:1: warning: careful\nfirst\n^\n");
}

BOOST_AUTO_TEST_CASE(renders_without_position) {
  SourceFile f("big.yaml", "");
  BOOST_TEST(render_text(at(f, 0, 0)) == "big.yaml: error: bad [code]\n");
  Diagnostic none{Severity::kError, {}, "no file", "x"};
  BOOST_TEST(render_text(none) == "<unknown>: error: no file [x]\n");
}

BOOST_AUTO_TEST_CASE(caret_copies_tabs) {
  SourceFile f("t.yaml", "a:\n\tb: 1\n");
  BOOST_TEST(render_text(at(f, 2, 2)) == "t.yaml:2:2: error: bad [code]\n\tb: 1\n\t^\n");
}

BOOST_AUTO_TEST_CASE(caret_counts_characters_not_bytes) {
  // Columns count bytes; "é" is two bytes but one character on screen.
  SourceFile f("u.yaml", "title: caf\xc3\xa9 x\n");
  BOOST_TEST(render_text(at(f, 1, 13)) ==
             "u.yaml:1:13: error: bad [code]\ntitle: caf\xc3\xa9 x\n           ^\n");
}

BOOST_AUTO_TEST_CASE(shows_invalid_utf8_lines_as_valid_utf8) {
  SourceFile f("b.yaml", "t: \"ab\xc3\"\n");
  BOOST_TEST(render_text(at(f, 1, 7)) == "b.yaml:1:7: error: bad [code]\nt: \"ab?\"\n      ^\n");
}

// A line break in a value quoted by a message cannot forge a diagnostic line: the header stays
// one line, and the source line shows U+2028 as a visible character of the same byte length.
BOOST_AUTO_TEST_CASE(line_breaks_in_messages_and_file_names_are_escaped) {
  SourceFile f("a.yaml", "kind: \"x\\nb.yaml:1:1: error: forged\"\n");
  BOOST_TEST(render_text(at(f, 1, 7, "unknown kind 'x\nb.yaml:1:1: error: forged'")) ==
             "a.yaml:1:7: error: unknown kind 'x\\nb.yaml:1:1: error: forged' [code]\n"
             "kind: \"x\\nb.yaml:1:1: error: forged\"\n"
             "      ^\n");
  SourceFile g("c\r\nd.yaml",
               "t: a\xE2\x80\xA8"
               "b x\n");
  BOOST_TEST(render_text(at(g, 1, 10, "u\xE2\x80\xA9v")) ==
             "c\\r\\nd.yaml:1:10: error: u\\u2029v [code]\n"
             "t: a\xE2\x90\xA4"
             "b x\n"
             "       ^\n");
  Diagnostics diags;
  diags.error({&f, 1, 7}, "a\rb", "code");
  BOOST_TEST(diags.sorted().at(0).message == "a\\rb");  // so JSON, SARIF, GitHub show it too
}

BOOST_AUTO_TEST_CASE(windows_very_long_lines) {
  std::string line = "k: " + std::string(500, 'x') + "Y" + std::string(500, 'z');
  SourceFile f("long.yaml", line + "\n");
  std::string out = render_text(at(f, 1, 504));
  std::string expected_line = "... " + std::string(59, 'x') + "Y" + std::string(60, 'z');
  BOOST_TEST(out == "long.yaml:1:504: error: bad [code]\n" + expected_line + "\n" +
                        std::string(63, ' ') + "^\n");
  // Near the start, the line is cut at 120 bytes with no prefix.
  BOOST_TEST(render_text(at(f, 1, 1)) ==
             "long.yaml:1:1: error: bad [code]\n" + line.substr(0, 120) + "\n^\n");
}

BOOST_AUTO_TEST_CASE(windows_cut_on_character_boundaries) {
  std::string line;
  for (int i = 0; i < 200; ++i) line += "\xc3\xa9";  // 400 bytes of é
  SourceFile f("w.yaml", line + "\n");
  std::string out = render_text(at(f, 1, 201));  // the first byte of the 101st é
  BOOST_TEST(out.find('\xc3', out.find('\n') + 1) != std::string::npos);
  std::string shown = out.substr(out.find('\n') + 1);
  shown = shown.substr(0, shown.find('\n'));
  BOOST_TEST(shown.rfind("... ", 0) == 0u);
  BOOST_TEST((shown.size() - 4) % 2 == 0u);  // whole characters only
}

BOOST_AUTO_TEST_CASE(sorts_and_removes_duplicates) {
  SourceFile a("a.yaml", "x\ny\n"), b("b.yaml", "x\n");
  Diagnostics d;
  d.add(at(b, 1, 1, "later file"));
  d.add(at(a, 2, 1, "second line"));
  d.add(at(a, 1, 5, "first line"));
  d.add(at(a, 1, 5, "first line"));
  d.warning({&a, 1, 1}, "a warning", "w");
  auto s = d.sorted();
  BOOST_TEST_REQUIRE(s.size() == 4u);
  BOOST_TEST(s[0].message == "a warning");
  BOOST_TEST(s[1].message == "first line");
  BOOST_TEST(s[2].message == "second line");
  BOOST_TEST(s[3].message == "later file");
  BOOST_TEST(d.error_count() == 3u);
  BOOST_TEST(d.warning_count() == 1u);
}

BOOST_AUTO_TEST_CASE(summarises_counts) {
  BOOST_TEST(count_summary(0, 0) == "no problems");
  BOOST_TEST(count_summary(1, 0) == "1 error");
  BOOST_TEST(count_summary(2, 1) == "2 errors, 1 warning");
  BOOST_TEST(count_summary(0, 3) == "3 warnings");
}

BOOST_AUTO_TEST_SUITE_END()
