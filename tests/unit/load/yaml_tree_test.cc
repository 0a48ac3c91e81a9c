// The located YAML tree and the checks before it: syntax, limits, encodings and the YAML
// features ungap does not accept silently (tags, merge keys, tabs, several documents).
#include <boost/test/unit_test.hpp>
#include <string>

#include "../workspace_fixture.h"

using ungap::test::Lines;

namespace {

const std::string kValid = "framework: {id: x, title: T}\nobligations: [{id: a, title: A}]\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(yaml_tree)

BOOST_AUTO_TEST_CASE(reports_syntax_errors_at_their_position) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("a.yaml", "framework:\n  id: x\n   title: T\n");
  BOOST_TEST(d == (Lines{"a.yaml:3:9: error: invalid YAML: illegal map value [yaml-syntax]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_unterminated_quoted_strings) {
  // yaml-cpp runs such a string to the end of the file, swallowing the keys after it.
  ungap::test::Workspace f;
  f.write("ok.yaml", "a: 'it''s'\nb: \"x\\\\\"\nc: \"q\\\"q\"\n");
  Lines d = f.lint_one("a.yaml", "framework:\n  id: x\n  title: \"T\nobligations: []\n");
  BOOST_TEST(d == (Lines{"a.yaml:3:10: error: invalid YAML: this quoted string is never closed "
                         "[yaml-syntax]",
                         "ok.yaml:1:1: error: cannot tell what kind of file this is: expected "
                         "top-level keys 'framework' + 'obligations', 'mapping' + 'relations', "
                         "'company' + 'sources' + 'claims', 'rules', "
                         "'tests', or 'vocabulary' [unknown-kind]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(says_when_tabs_indent) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("a.yaml", "framework:\n\tid: x\n");
  BOOST_TEST(d == (Lines{"a.yaml:2:4: error: invalid YAML: illegal map value (YAML does not "
                         "allow tabs for indentation; use spaces) [yaml-syntax]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(accepts_a_bom_and_crlf_with_columns_as_shown) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("a.yaml",
                       "\xef\xbb\xbf"
                       "framework: {id: X, title: T}\r\nobligations: []\r\n");
  BOOST_TEST(d == (Lines{"a.yaml:1:17: error: invalid id 'X': ids are lower-case letters, "
                         "digits, '.', '_' and '-', starting with a letter or digit [invalid-id]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(rejects_tags) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("a.yaml",
                       "framework: {id: x, title: !!binary aGk=}\n"
                       "obligations: !!seq [{id: !!str a, title: !local A}]\n");
  BOOST_TEST(d == (Lines{"a.yaml:1:27: error: YAML tag '!!binary' is not supported: values are "
                         "read as the type their key expects [yaml-tag]",
                         "a.yaml:2:42: error: YAML tag '!local' is not supported: values are "
                         "read as the type their key expects [yaml-tag]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(rejects_merge_keys) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("a.yaml", "framework:\n  <<: {id: x}\n  title: T\nobligations: []\n");
  BOOST_TEST(d == (Lines{"a.yaml:2:3: error: merge keys ('<<') are not supported: write the "
                         "keys out in full [merge-key]",
                         "a.yaml:2:3: error: missing required key 'id' in framework header "
                         "[missing-key]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(rejects_several_documents) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("a.yaml", kValid + "---\n" + kValid);
  BOOST_TEST(d == (Lines{"a.yaml:3:1: error: a file holds one YAML document; found more than one "
                         "[multiple-documents]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(rejects_empty_and_comment_only_files) {
  ungap::test::Workspace f;
  f.write("a.yaml", " \n\n");
  Lines d = f.lint_one("b.yaml", "# nothing\n");
  BOOST_TEST(d == (Lines{"a.yaml:1:1: error: the file is empty [empty-file]",
                         "b.yaml:1:1: error: the file holds no YAML document, only comments "
                         "[empty-file]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(rejects_invalid_utf8_and_control_characters) {
  ungap::test::Workspace f;
  f.write("a.yaml", "framework: {id: x, title: \"caf\xc3\"}\n");
  Lines d = f.lint_one("b.yaml", std::string("framework:\n  id: \0x\n", 20));
  BOOST_TEST(d == (Lines{"a.yaml:1:31: error: invalid UTF-8 (byte 0xc3 at offset 30) "
                         "[invalid-utf8]",
                         "b.yaml:2:7: error: control character U+0000 is not allowed in YAML (at "
                         "offset 17) [control-character]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(bounds_nesting) {
  ungap::test::Workspace f;
  ungap::load::Limits limits;
  limits.max_depth = 3;
  Lines d = f.lint_one("a.yaml", "a: {b: [c, {d: 1}]}\n", limits);
  BOOST_TEST(d == (Lines{"a.yaml:1:12: error: nesting is deeper than the limit of 3 levels "
                         "[nesting-depth]"}),
             boost::test_tools::per_element());
  ungap::test::Workspace deep;
  // Unclosed: at the 65th bracket, where the limit is passed, found before the end of the file
  // (yaml-cpp alone would scan all of it first, and place the error at the 33rd).
  d = deep.lint_one("a.yaml", std::string(3000000, '['));
  BOOST_TEST(d == (Lines{"a.yaml:1:65: error: nesting is deeper than the limit of 64 levels "
                         "[nesting-depth]"}),
             boost::test_tools::per_element());
  ungap::test::Workspace block;
  std::string nested;
  for (int i = 0; i < 5; ++i) nested += std::string(2 * i, ' ') + "- \n";
  d = block.lint_one("a.yaml", nested + std::string(10, ' ') + "- x\n", limits);
  BOOST_TEST(d == (Lines{"a.yaml:4:7: error: nesting is deeper than the limit of 3 levels "
                         "[nesting-depth]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(bounds_alias_expansion) {
  ungap::test::Workspace f;
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    bomb += std::string(1, c) + ": &" + c + " [*" + prev + ", *" + prev + ", *" + prev + ", *" +
            prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev +
            ", *" + prev + "]\n";
  }
  Lines d = f.lint_one("bomb.yaml", bomb);
  BOOST_TEST(d == (Lines{"bomb.yaml:5:36: error: aliases expand to more than 100000 nodes (a "
                         "billion-laughs pattern?) [alias-budget]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(bounds_scalars_and_files) {
  ungap::test::Workspace f;
  f.on_disk();
  ungap::load::Limits limits;
  limits.max_scalar_bytes = 10;
  limits.max_file_bytes = 100;
  f.write("big.yaml", "x: " + std::string(200, 'y') + "\n");
  Lines d =
      f.lint_one("a.yaml", "framework: {id: x, title: 0123456789ab}\nobligations: []\n", limits);
  BOOST_TEST(d == (Lines{"a.yaml:1:27: error: a scalar of 12 bytes is over the limit of 10 bytes "
                         "[scalar-too-large]",
                         "big.yaml: error: cannot read file: file is 204 bytes, over the limit of "
                         "100 bytes [file-too-large]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(bounds_the_total_input_once) {
  ungap::test::Workspace f;
  f.on_disk();
  ungap::load::Limits limits;
  limits.max_total_bytes = 100;
  f.write("a.yaml", kValid);
  f.write("b.yaml", kValid);
  Lines d = f.lint_one("c.yaml", kValid, limits);
  BOOST_TEST(d == (Lines{"b.yaml: error: reading this file (62 bytes) would take the inputs past "
                         "the total limit of 100 bytes (--max-total-size); it and the files after "
                         "it are not loaded [input-too-large]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_undefined_aliases) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("a.yaml", "framework: *nope\n");
  BOOST_TEST(d == (Lines{"a.yaml:1:12: error: invalid YAML: the referenced anchor is not defined "
                         "[yaml-syntax]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_non_string_keys) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("a.yaml", "framework: {id: x, title: T, [k]: v}\nobligations: []\n");
  BOOST_TEST(d == (Lines{"a.yaml:1:30: error: keys must be strings, found a list [wrong-type]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reads_the_workspace_configuration) {
  ungap::test::Workspace f;
  f.write("data/fw.yaml", kValid);
  f.write("fixtures/broken.yaml", "not: [valid\n");
  Lines d = f.lint_one("ungap.yaml", "paths: [data]\npath: x\n");
  BOOST_TEST(d == (Lines{"ungap.yaml:2:1: error: unknown key 'path' in workspace configuration "
                         "(did you mean 'paths'?) [unknown-key]"}),
             boost::test_tools::per_element());
  BOOST_TEST(f.ws().frameworks.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
