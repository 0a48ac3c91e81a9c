// Framework files: every problem at the line and column of the offending YAML.
#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"

using ungap::test::Lines;

BOOST_AUTO_TEST_SUITE(framework_file)

BOOST_AUTO_TEST_CASE(loads_a_valid_framework) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("fw.yaml",
                       "framework:\n  id: ungp\n  title: UNGP\nobligations:\n"
                       "  - id: \"15\"\n    title: Policies\n    children:\n"
                       "      - {id: 15.a, title: Commitment, severity: high, due: 2025-10-10}\n");
  BOOST_TEST(d == Lines{}, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(f.ws().frameworks.size() == 1u);
  const auto& fw = f.ws().frameworks[0];
  BOOST_TEST_REQUIRE(fw.obligations.size() == 2u);
  BOOST_TEST(fw.obligations[1].full_id == "ungp/15.a");
  BOOST_TEST(fw.obligations[1].loc.line == 8u);
  BOOST_TEST(fw.obligations[1].loc.col == 9u);
}

BOOST_AUTO_TEST_CASE(reports_unknown_missing_and_duplicate_keys) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("fw.yaml",
                       "framework:\n  id: x\n  titel: X\nobligations:\n"
                       "  - id: a\n    title: A\n    title: B\n    severty: low\n");
  BOOST_TEST(
      d == (Lines{"fw.yaml:2:3: error: missing required key 'title' in framework header "
                  "[missing-key]",
                  "fw.yaml:3:3: error: unknown key 'titel' in framework header (did you mean "
                  "'title'?) [unknown-key]",
                  "fw.yaml:7:5: error: duplicate key 'title' in obligation (first at line 6) "
                  "[duplicate-key]",
                  "fw.yaml:8:5: error: unknown key 'severty' in obligation (did you mean "
                  "'severity'?) [unknown-key]"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_wrong_types_ids_dates_and_enums) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("fw.yaml",
                       "framework: {id: x, title: [a]}\nobligations:\n"
                       "  - {id: Bad, title: A, severity: hgh, due: 2025-02-30, assessable: yes}\n"
                       "  - {id: b, title: B, due: 25-1-1, tags: oops}\n");
  BOOST_TEST(
      d ==
          (Lines{
              "fw.yaml:1:27: error: expected a string, found a list [wrong-type]",
              "fw.yaml:3:10: error: invalid id 'Bad': ids are lower-case letters, digits, '.', '_' "
              "and '-', starting with a letter or digit [invalid-id]",
              "fw.yaml:3:35: error: invalid severity 'hgh': expected one of critical, high, "
              "medium, low (did you mean 'high'?) [invalid-value]",
              "fw.yaml:3:45: error: invalid date '2025-02-30': no such day in the calendar "
              "[invalid-date]",
              "fw.yaml:3:69: error: expected true or false, found 'yes' [wrong-type]",
              "fw.yaml:4:28: error: invalid date '25-1-1': expected YYYY-MM-DD [invalid-date]",
              "fw.yaml:4:42: error: expected a list of strings, found a scalar [wrong-type]"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_duplicate_obligations_even_without_a_valid_framework_id) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("fw.yaml",
                       "framework: {id: Not-Valid, title: T}\nobligations:\n"
                       "  - {id: a, title: A, children: [{id: a, title: again}]}\n");
  BOOST_TEST(d.size() == 2u);
  BOOST_TEST(d.at(1) ==
             "fw.yaml:3:34: error: duplicate obligation id 'a' (first defined at "
             "fw.yaml:3:5) [duplicate-id]");
}

BOOST_AUTO_TEST_CASE(reports_duplicate_framework_ids_across_files) {
  ungap::test::Workspace f;
  f.write("a.yaml", "framework: {id: x, title: A}\nobligations: [{id: o, title: O}]\n");
  Lines d =
      f.lint_one("b.yaml", "framework: {id: x, title: B}\nobligations: [{id: o, title: O}]\n");
  BOOST_TEST(d == (Lines{"b.yaml:1:12: error: duplicate framework id 'x' (first defined at "
                         "a.yaml:1:12) [duplicate-id]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(names_the_expected_top_level_keys) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("x.yaml", "frameworks: {}\n");
  BOOST_TEST(d == (Lines{"x.yaml:1:1: error: cannot tell what kind of file this is: expected "
                         "top-level keys 'framework' + 'obligations', 'mapping' + 'relations', "
                         "'company' + 'sources' + 'claims', 'rules', "
                         "'tests', or 'vocabulary' [unknown-kind]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
