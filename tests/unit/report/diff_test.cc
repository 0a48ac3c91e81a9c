#include "report/diff.h"

#include <boost/test/unit_test.hpp>

using namespace ungap::report;

namespace {

ReportRecord record(const std::string& as_of, const std::string& rules_sha,
                    const std::string& status) {
  ReportRecord r;
  r.as_of = as_of;
  r.version = "1";
  r.inputs = {{"fw.yaml", "f1", "framework"},
              {"rules/a.yaml", rules_sha, "rules"},
              {"rules/b.yaml", "b1", "rules"},
              {"c.yaml", "c1", "statements"}};
  r.companies = {"c"};
  r.company_files["c"] = {"c.yaml"};
  r.verdicts = {{"c", "fw/a", status, 50, {}, {{"ra", "rules/a.yaml:3:5", status, {}}}},
                {"c", "fw/b", "gap", 0, {}, {{"rb", "rules/b.yaml:1:3", "gap", {}}}}};
  return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(diff)

BOOST_AUTO_TEST_CASE(unchanged) {
  auto d =
      diff_reports(record("2025-01-01", "a1", "partial"), record("2025-01-01", "a1", "partial"));
  BOOST_TEST(d.inputs.empty());
  BOOST_TEST(d.verdicts.empty());
}

BOOST_AUTO_TEST_CASE(a_rule_file_changed_one_verdict) {
  auto d = diff_reports(record("2025-01-01", "a1", "partial"), record("2025-01-01", "a2", "met"));
  BOOST_REQUIRE(d.inputs.size() == 1u);
  BOOST_TEST(d.inputs[0].kind == "rules");
  BOOST_REQUIRE(d.verdicts.size() == 1u);
  BOOST_TEST(d.verdicts[0].obligation == "fw/a");
  BOOST_TEST(d.verdicts[0].causes == std::vector<std::string>{"rules"});
  BOOST_TEST(
      diff_text(d) ==
      "as of 2025-01-01 -> 2025-01-01\ninputs: 1 changed\n  changed  rules      rules/a.yaml\n"
      "verdicts: 1 changed, 0 added, 0 removed\n"
      "  changed  c fw/a: partial 50 -> met 50  (cause: rules)\n");
}

BOOST_AUTO_TEST_CASE(only_time_passed) {
  auto d = diff_reports(record("2025-01-01", "a1", "partial"), record("2025-06-01", "a1", "gap"));
  BOOST_REQUIRE(d.verdicts.size() == 1u);
  BOOST_TEST(d.verdicts[0].causes == std::vector<std::string>{"as_of"});
}

BOOST_AUTO_TEST_CASE(added_and_removed) {
  auto a = record("2025-01-01", "a1", "partial");
  auto b = a;
  b.verdicts.pop_back();
  b.verdicts.push_back({"d", "fw/a", "met", 100, {}, {}});
  b.companies.push_back("d");
  auto d = diff_reports(a, b);
  BOOST_TEST(d.companies_added == std::vector<std::string>{"d"});
  BOOST_REQUIRE(d.verdicts.size() == 2u);
  BOOST_TEST(d.verdicts[0].change == "added");
  BOOST_TEST(d.verdicts[1].change == "removed");
  BOOST_TEST(diff_markdown(d).find("| removed | c | fw/b | gap 0 | - |") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
