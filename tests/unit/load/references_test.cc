// Mappings, rules and rule tests: references to frameworks and obligations, duplicate ids.
#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"

using ungap::test::Lines;

namespace {

void write_framework(ungap::test::Workspace& f) {
  f.write("fw.yaml",
          "framework: {id: ungp, title: UNGP}\n"
          "obligations:\n  - {id: \"17\", title: Due diligence}\n  - {id: \"19\", title: Act}\n");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(mapping_and_rules)

BOOST_AUTO_TEST_CASE(reports_dangling_mapping_references) {
  ungap::test::Workspace f;
  write_framework(f);
  Lines d = f.lint_one("map.yaml",
                       "mapping: {id: m, from: ungp, to: oecd}\nrelations:\n"
                       "  - {from: ungp/17, to: oecd/iv.5, relation: equal}\n"
                       "  - {from: ungp/18, to: ungp/19, relation: same}\n");
  BOOST_TEST(
      d ==
          (Lines{
              "map.yaml:1:34: error: mapping 'm' refers to unknown framework 'oecd' [dangling-ref]",
              "map.yaml:3:25: error: mapping 'm' refers to unknown framework 'oecd' in "
              "'oecd/iv.5' [dangling-ref]",
              "map.yaml:4:12: error: mapping 'm' refers to unknown obligation 'ungp/18' (did "
              "you mean 'ungp/17'?) [dangling-ref]",
              "map.yaml:4:44: error: invalid relation 'same': expected one of equal, subset, "
              "superset, intersect [invalid-value]"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_rule_problems) {
  ungap::test::Workspace f;
  write_framework(f);
  Lines d = f.lint_one("rules.yaml",
                       "rules:\n"
                       "  - id: r1\n    checks: [ungp/18]\n    elements:\n"
                       "      - {id: e1, match: \"true\"}\n      - {id: e1, match: \"true\"}\n"
                       "  - id: r1\n    checks: [ungp/19]\n    pass: most\n"
                       "    elements: [{id: e, match: \"true\", min: 0}]\n");
  BOOST_TEST(
      d == (Lines{"rules.yaml:3:14: error: rule 'r1' refers to unknown obligation 'ungp/18' (did "
                  "you mean 'ungp/17'?) [dangling-ref]",
                  "rules.yaml:6:9: error: duplicate element id 'e1' (first defined at "
                  "rules.yaml:5:9) [duplicate-id]",
                  "rules.yaml:7:5: error: duplicate rule id 'r1' (first defined at rules.yaml:2:5) "
                  "[duplicate-id]",
                  "rules.yaml:9:11: error: invalid pass 'most': expected all, any or a number of "
                  "elements (1 or more) [invalid-value]",
                  "rules.yaml:10:44: error: min must be at least 1 [invalid-value]"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_test_expectations_on_unknown_obligations) {
  ungap::test::Workspace f;
  write_framework(f);
  Lines d =
      f.lint_one("r.test.yaml",
                 "tests:\n  - name: t\n    company: {id: acme}\n    as_of: 2025-13-01\n"
                 "    expect:\n      ungp/20: met\n      ungp/19: {status: done, score: 120}\n");
  BOOST_TEST(
      d == (Lines{"r.test.yaml:4:12: error: invalid date '2025-13-01': no such day in the calendar "
                  "[invalid-date]",
                  "r.test.yaml:6:7: error: test 't' refers to unknown obligation 'ungp/20' (did "
                  "you mean 'ungp/17'?) [dangling-ref]",
                  "r.test.yaml:7:25: error: invalid status 'done': expected one of gap, partial, "
                  "met, not-applicable, not-assessed [invalid-value]",
                  "r.test.yaml:7:38: error: score must be between 0 and 100 [invalid-value]"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
