#include "report/diff.h"

#include <boost/test/unit_test.hpp>

#include "report/json_value.h"

using namespace ungap::report;

namespace {

// One company "c" with verdicts on fw/a (rule ra) and fw/b (rule rb), and claims x (2025-03-01)
// and y (2025-09-01) in c.yaml.
ReportRecord record(const std::string& as_of) {
  ReportRecord r;
  r.as_of = as_of;
  r.version = "1";
  r.inputs = {{"fw.yaml", "f1", "framework"},
              {"rules/a.yaml", "a1", "rules"},
              {"c.yaml", "c1", "statements"}};
  r.companies = {"c"};
  r.verdicts = {{"c", "fw/a", "partial", 50, {}, {{"ra", "rules/a.yaml:3:5", "partial", {}, ""}}},
                {"c", "fw/b", "gap", 0, {}, {{"rb", "rules/a.yaml:9:5", "gap", {}, ""}}}};
  for (auto& v : r.verdicts) v.weight = "high";
  r.verdicts[0].evidence = {"x"};
  r.claims["c"] = {{"x", {"2025-03-01", "c.yaml:4:5", "s1", "Report", "https://e.org/1", {}}},
                   {"y", {"2025-09-01", "c.yaml:9:5", "s2", "Letter", "https://e.org/2", {}}}};
  r.rule_digests = {{"ra", "da"}, {"rb", "db"}};
  return r;
}

Verdict& at(ReportRecord& r, const std::string& obligation) {
  for (auto& v : r.verdicts)
    if (v.obligation == obligation) return v;
  throw std::runtime_error("no verdict " + obligation);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(diff)

BOOST_AUTO_TEST_CASE(unchanged_writes_only_the_dates_and_counts) {
  auto d = diff_reports(record("2025-12-01"), record("2025-12-01"));
  BOOST_TEST(d.verdicts.empty());
  BOOST_TEST(diff_text(d) ==
             "as of 2025-12-01 -> 2025-12-01\n"
             "worse 0, better 0, new evidence 0, other 0, companies added 0, removed 0\n");
  BOOST_TEST(diff_markdown(d) ==
             "# ungap diff\n\n- As of: 2025-12-01 \u2192 2025-12-01\n"
             "- Changes: worse 0, better 0, new evidence 0, other 0, companies added 0, "
             "removed 0\n");
}

// `--fail-on-change` fails on a changed verdict or a company added or removed, not on new dates.
BOOST_AUTO_TEST_CASE(changed_means_a_verdict_or_a_company_changed) {
  BOOST_TEST(!diff_reports(record("2025-06-01"), record("2025-12-01")).changed());
  auto worse = record("2025-12-01");
  at(worse, "fw/a").status = "gap";
  BOOST_TEST(diff_reports(record("2025-12-01"), worse).changed());
  auto gone = record("2025-12-01");
  gone.companies.clear();
  gone.verdicts.clear();
  auto d = diff_reports(record("2025-12-01"), gone);
  BOOST_TEST(d.companies_removed.size() == 1u);
  BOOST_TEST(d.changed());
}

BOOST_AUTO_TEST_CASE(a_claim_that_became_visible_is_named_with_date_and_source) {
  auto a = record("2025-06-01"), b = record("2025-12-01");
  at(b, "fw/a") = {"c", "fw/a", "met", 100, {}, {{"ra", "rules/a.yaml:3:5", "met", {}, ""}}};
  at(b, "fw/a").evidence = {"x", "y"};
  at(b, "fw/a").weight = "high";
  auto d = diff_reports(a, b);
  BOOST_TEST(diff_text(d) ==
             "as of 2025-06-01 -> 2025-12-01\n"
             "better: 1\n"
             "  c: 1 verdict\n"
             "    fw/a: partial 50 -> met 100 (cause 1)\n"
             "    1. claim y (2025-09-01, source s2) became visible (dated after 2025-06-01)\n"
             "worse 0, better 1, new evidence 0, other 0, companies added 0, removed 0\n");
}

BOOST_AUTO_TEST_CASE(same_verdict_with_new_evidence_is_its_own_group) {
  auto a = record("2025-12-01"), b = record("2025-12-01");
  b.inputs[2].sha256 = "c2";
  b.claims["c"]["z"] = {"2025-10-01", "c.yaml:20:5", "s3", "News", "https://e.org/3", {"x"}};
  at(b, "fw/a").evidence = {"z"};
  auto d = diff_reports(a, b);
  BOOST_REQUIRE(d.verdicts.size() == 1u);
  BOOST_TEST(group_name(d.verdicts[0].group) == "new-evidence");
  BOOST_TEST(diff_text(d) ==
             "as of 2025-12-01 -> 2025-12-01\n"
             "inputs: 1 changed\n"
             "  changed  statements c.yaml\n"
             "same verdict, new evidence: 1\n"
             "  c: 1 verdict\n"
             "    fw/a: partial 50 (causes 1, 2)\n"
             "    1. claim z (2025-10-01, source s3) was added (the old report does not have it)\n"
             "    2. claim x (2025-03-01, source s1) was superseded by claim z (2025-10-01, "
             "source s3)\n"
             "worse 0, better 0, new evidence 1, other 0, companies added 0, removed 0\n");
}

BOOST_AUTO_TEST_CASE(a_removed_claim_and_a_changed_rule_and_obligation) {
  auto a = record("2025-12-01"), b = record("2025-12-01");
  b.inputs[1].sha256 = "a2";
  b.inputs[2].sha256 = "c2";
  b.claims["c"].erase("x");
  b.rule_digests["ra"] = "da2";
  a.obligation_digests["fw/a"] = {"o1", "fw.yaml:3:5"};
  b.obligation_digests["fw/a"] = {"o2", "fw.yaml:3:5"};
  at(b, "fw/a") = {"c", "fw/a", "gap", 0, {}, {{"ra", "rules/a.yaml:3:5", "gap", {}, ""}}};
  at(b, "fw/a").weight = "critical";
  auto d = diff_reports(a, b);
  BOOST_REQUIRE(d.verdicts.size() == 1u);
  BOOST_TEST(group_name(d.verdicts[0].group) == "worse");
  // The definitions' causes are said once, before the groups (they read the same for every
  // company); the claim's under its company.
  BOOST_TEST(diff_text(d).find("causes shared by the companies they touch:\n"
                               "  w1 [1 verdict] fw/a: the obligation changed (fw.yaml:3:5)\n"
                               "  w2 [1 verdict] fw/a: its weight changed: high -> critical\n"
                               "  w3 [1 verdict] rule ra changed (rules/a.yaml:3:5)\n"
                               "worse: 1\n"
                               "  c: 1 verdict\n"
                               "    fw/a: partial 50 -> gap 0 (causes w1, w2, w3, 1)\n"
                               "    1. claim x (2025-03-01, source s1) was removed (the new report "
                               "does not have it)\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_deadline_that_passed) {
  auto a = record("2025-06-01"), b = record("2025-12-01");
  for (auto* r : {&a, &b}) at(*r, "fw/b").rules[0].due = "2025-10-10";
  at(b, "fw/b").flags = {"overdue"};
  at(b, "fw/b").rules[0].flags = {"overdue"};
  auto d = diff_reports(a, b);
  BOOST_TEST(diff_text(d) ==
             "as of 2025-06-01 -> 2025-12-01\n"
             "worse: 1\n"
             "  c: 1 verdict\n"
             "    fw/b: gap 0 -> gap 0 [overdue] (cause 1)\n"
             "    1. the deadline 2025-10-10 of rule rb passed, unmet (overdue)\n"
             "worse 1, better 0, new evidence 0, other 0, companies added 0, removed 0\n");
}

BOOST_AUTO_TEST_CASE(no_cause_is_said_plainly) {
  auto a = record("2025-12-01"), b = record("2025-12-01");
  at(b, "fw/b").status = "met";
  at(b, "fw/b").score = 100;
  auto text = diff_text(diff_reports(a, b));
  BOOST_TEST(
      text.find("  c: 1 verdict\n    fw/b: gap 0 -> met 100 (no cause found in the reports)\n") !=
      std::string::npos);
}

// Two companies, the same rule changed for both and one claim behind both of c's verdicts:
// the rule's change is said once for all, the claim once for c.
BOOST_AUTO_TEST_CASE(each_cause_is_said_once) {
  auto a = record("2025-06-01"), b = record("2025-06-01");
  for (auto* r : {&a, &b}) {
    r->companies.push_back("d");
    r->verdicts.push_back(
        {"d", "fw/a", "partial", 50, {}, {{"ra", "rules/a.yaml:3:5", "partial", {}, ""}}});
    r->verdicts.back().weight = "high";
    r->claims["d"] = {};
  }
  b.rule_digests["ra"] = "da2";
  b.inputs[2].sha256 = "c2";
  b.claims["c"]["z"] = {"2025-05-01", "c.yaml:20:5", "s3", "News", "https://e.org/3", {"x"}};
  at(b, "fw/a") = {"c", "fw/a", "met", 100, {}, {{"ra", "rules/a.yaml:3:5", "met", {}, ""}}};
  at(b, "fw/a").weight = "high";
  at(b, "fw/a").evidence = {"x", "z"};
  at(b, "fw/b") = {"c", "fw/b", "partial", 50, {}, {{"rb", "rules/a.yaml:9:5", "partial", {}, ""}}};
  at(b, "fw/b").weight = "high";
  at(b, "fw/b").evidence = {"z"};
  b.verdicts.back() = {"d", "fw/a", "gap", 0, {}, {{"ra", "rules/a.yaml:3:5", "gap", {}, ""}}};
  b.verdicts.back().weight = "high";
  auto d = diff_reports(a, b);
  BOOST_TEST(diff_text(d) ==
             "as of 2025-06-01 -> 2025-06-01\n"
             "inputs: 1 changed\n"
             "  changed  statements c.yaml\n"
             "causes shared by the companies they touch:\n"
             "  w1 [2 verdicts] rule ra changed (rules/a.yaml:3:5)\n"
             "worse: 1\n"
             "  d: 1 verdict\n"
             "    fw/a: partial 50 -> gap 0 (cause w1)\n"
             "better: 2\n"
             "  c: 2 verdicts\n"
             "    fw/a: partial 50 -> met 100 (causes w1, 1)\n"
             "    fw/b: gap 0 -> partial 50 (cause 1)\n"
             "    1. claim z (2025-05-01, source s3) was added (the old report does not have it)\n"
             "worse 1, better 2, new evidence 0, other 0, companies added 0, removed 0\n");
  BOOST_TEST(diff_markdown(d).find(
                 "## Causes shared by the companies they touch\n\n| Cause | What | Verdicts |\n"
                 "| --- | --- | ---: |\n| w1 | rule ra changed (rules/a.yaml:3:5) | 2 |\n") !=
             std::string::npos);
  BOOST_TEST(
      diff_markdown(d).find(
          "| c | fw/a | partial 50 \u2192 met 100 | causes w1, 1 |\n"
          "| c | fw/b | gap 0 \u2192 partial 50 | cause 1 |\n\nCauses, c:\n\n"
          "1. claim z (2025-05-01, source s3) was added (the old report does not have it)\n") !=
      std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_company_added_is_one_line_and_md_has_no_empty_sections) {
  auto a = record("2025-12-01"), b = record("2025-12-01");
  b.companies.push_back("d");
  b.verdicts.push_back({"d", "fw/a", "met", 100, {}, {}});
  b.verdicts.push_back({"d", "fw/b", "gap", 0, {}, {}});
  auto d = diff_reports(a, b);
  BOOST_TEST(d.verdicts.empty());
  BOOST_TEST(diff_text(d) ==
             "as of 2025-12-01 -> 2025-12-01\n"
             "company added: d (2 verdicts)\n"
             "worse 0, better 0, new evidence 0, other 0, companies added 1, removed 0\n");
  BOOST_TEST(diff_markdown(d) ==
             "# ungap diff\n\n- As of: 2025-12-01 \u2192 2025-12-01\n"
             "- Changes: worse 0, better 0, new evidence 0, other 0, companies added 1, "
             "removed 0\n- Company added: d (2 verdicts)\n");
}

BOOST_AUTO_TEST_CASE(worse_and_better_by_score_then_by_flags) {
  Verdict met{"c", "o", "met", 100, {}, {}}, partial{"c", "o", "partial", 50, {}, {}};
  Verdict contested = met, na{"c", "o", "not-applicable", std::nullopt, {}, {}};
  contested.flags = {"contested"};
  BOOST_TEST(group_name(classify(met, partial)) == "worse");
  BOOST_TEST(group_name(classify(partial, met)) == "better");
  BOOST_TEST(group_name(classify(met, contested)) == "worse");
  BOOST_TEST(group_name(classify(contested, met)) == "better");
  BOOST_TEST(group_name(classify(met, na)) == "other");
  BOOST_TEST(group_name(classify(std::nullopt, met)) == "other");
}

BOOST_AUTO_TEST_CASE(json_carries_groups_causes_and_counts) {
  auto a = record("2025-06-01"), b = record("2025-12-01");
  at(b, "fw/a").evidence = {"x", "y"};
  auto parsed = parse_json(diff_json(diff_reports(a, b)));
  BOOST_REQUIRE(parsed.value);
  const auto& json = *parsed.value;
  BOOST_TEST(json["schema_version"].number().value_or(0) == 2.0);
  const auto& change = json["verdicts"].items()[0];
  BOOST_TEST(change["group"].str() == "new-evidence");
  const auto& cause = change["causes"].items()[0];
  BOOST_TEST(cause["kind"].str() == "claim-visible");
  BOOST_TEST(cause["id"].str() == "y");
  BOOST_TEST(cause["text"].str() ==
             "claim y (2025-09-01, source s2) became visible (dated after 2025-06-01)");
  BOOST_TEST(cause["claim"]["title"].str() == "Letter");
  BOOST_TEST(cause["claim"]["url"].str() == "https://e.org/2");
  BOOST_TEST(cause["claim"]["location"].str() == "c.yaml:9:5");
  BOOST_TEST(json["counts"]["new-evidence"].number().value_or(-1) == 1.0);
  BOOST_TEST(json["counts"]["worse"].number().value_or(-1) == 0.0);
  BOOST_TEST(json["counts"]["companies_added"].number().value_or(-1) == 0.0);
}

BOOST_AUTO_TEST_SUITE_END()
