#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"
#include "engine/test_runner.h"
#include "report/writers.h"

using ungap::model::Flag;
using ungap::model::Status;

namespace {

const char* kFramework = R"(framework: {id: fw, title: Test}
obligations:
  - id: a
    title: A
    due: 2025-06-01
  - id: p
    title: Parent
    children:
      - {id: p.1, title: One}
      - {id: p.2, title: Two}
      - {id: p.3, title: Three, assessable: false}
)";

const char* kRules = R"(rules:
  - id: ra
    checks: [fw/a]
    elements:
      - {id: e1, match: "'x' in claim.topics", weight: 3}
      - {id: e2, match: "'y' in claim.topics", min: 2}
  - id: r1
    checks: [fw/p.1]
    elements: [{id: e, match: "claim.kind == 'action'"}]
  - id: r2
    checks: [fw/p.2]
    when: "'ctx' in company.contexts"
    elements: [{id: e, match: "claim.kind == 'process'"}]
)";

std::string company(const std::string& claims, const std::string& contexts = "[]") {
  return "company: {id: c, contexts: " + contexts +
         "}\nsources:\n  - {id: s, date: 2025-01-01}\nclaims:\n" + claims;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(engine_evaluate)

BOOST_AUTO_TEST_CASE(weighted_score_and_min) {
  ungap::test::Workspace w(
      {{"fw.yaml", kFramework},
       {"rules.yaml", kRules},
       {"c.yaml", company("  - {id: c1, source: s, kind: action, topics: [x, y]}\n")}});
  BOOST_TEST(!w.diags().has_errors());
  auto r = w.evaluate("c", "2025-03-01");
  const auto& f = w.finding(r, "fw/a");
  BOOST_TEST(static_cast<int>(f.status) == static_cast<int>(Status::kPartial));
  BOOST_TEST(f.score == 75.0);  // e1 (weight 3) met, e2 needs two claims
  BOOST_TEST(f.rules.at(0).elements.at(1).claims.size() == 1u);
}

BOOST_AUTO_TEST_CASE(claims_after_as_of_are_not_visible) {
  ungap::test::Workspace w(
      {{"fw.yaml", kFramework},
       {"rules.yaml", kRules},
       {"c.yaml", company("  - {id: c1, source: s, date: 2025-05-01, kind: action}\n")}});
  auto before = w.evaluate("c", "2025-04-30");
  auto after = w.evaluate("c", "2025-05-01");
  BOOST_TEST(static_cast<int>(w.finding(before, "fw/p.1").status) ==
             static_cast<int>(Status::kGap));
  BOOST_TEST(static_cast<int>(w.finding(after, "fw/p.1").status) == static_cast<int>(Status::kMet));
}

BOOST_AUTO_TEST_CASE(superseded_claims_stay_hidden_through_a_chain) {
  ungap::test::Workspace w(
      {{"fw.yaml", kFramework},
       {"rules.yaml", kRules},
       {"c.yaml",
        company("  - {id: c1, source: s, kind: action}\n"
                "  - {id: c2, source: s, date: 2025-02-01, kind: finding, supersedes: [c1]}\n"
                "  - {id: c3, source: s, date: 2025-03-01, kind: finding, supersedes: [c2]}\n")}});
  BOOST_TEST(static_cast<int>(w.finding(w.evaluate("c", "2025-01-15"), "fw/p.1").status) ==
             static_cast<int>(Status::kMet));
  BOOST_TEST(static_cast<int>(w.finding(w.evaluate("c", "2025-03-15"), "fw/p.1").status) ==
             static_cast<int>(Status::kGap));
}

BOOST_AUTO_TEST_CASE(overdue_and_late) {
  ungap::test::Workspace w(
      {{"fw.yaml", kFramework},
       {"rules.yaml", kRules},
       {"c.yaml",
        company("  - {id: c1, source: s, date: 2025-07-01, kind: action, topics: [x, y]}\n"
                "  - {id: c2, source: s, date: 2025-07-02, kind: action, topics: [y]}\n")}});
  auto early = w.finding(w.evaluate("c", "2025-06-15"), "fw/a");
  BOOST_TEST(early.flags.has(Flag::kOverdue));
  BOOST_TEST(static_cast<int>(early.status) == static_cast<int>(Status::kGap));
  auto later = w.finding(w.evaluate("c", "2025-08-01"), "fw/a");
  BOOST_TEST(static_cast<int>(later.status) == static_cast<int>(Status::kMet));
  BOOST_TEST(later.flags.has(Flag::kLate));
  BOOST_TEST(!later.flags.has(Flag::kOverdue));
}

BOOST_AUTO_TEST_CASE(parent_ignores_unassessable_and_not_applicable_children) {
  ungap::test::Workspace w({{"fw.yaml", kFramework},
                            {"rules.yaml", kRules},
                            {"c.yaml", company("  - {id: c1, source: s, kind: action}\n")}});
  auto r = w.evaluate("c", "2025-03-01");
  BOOST_TEST(static_cast<int>(w.finding(r, "fw/p.2").status) ==
             static_cast<int>(Status::kNotApplicable));
  BOOST_TEST(static_cast<int>(w.finding(r, "fw/p.3").status) ==
             static_cast<int>(Status::kNotAssessed));
  BOOST_TEST(static_cast<int>(w.finding(r, "fw/p").status) == static_cast<int>(Status::kMet));
}

BOOST_AUTO_TEST_CASE(output_is_identical_for_any_thread_count) {
  std::map<std::string, std::string> files{{"fw.yaml", kFramework}, {"rules.yaml", kRules}};
  for (int i = 0; i < 12; ++i)
    files["c" + std::to_string(i) + ".yaml"] =
        "company: {id: c" + std::to_string(i) +
        ", contexts: [ctx]}\nsources:\n  - {id: s, date: 2025-0" + std::to_string(1 + i % 9) +
        "-01}\nclaims:\n  - {id: x, source: s, kind: " + (i % 2 ? "action" : "process") +
        ", topics: [x]}\n";
  ungap::test::Workspace w(files);
  std::string outputs[2];
  for (int jobs : {1, 2}) {
    auto results = ungap::engine::evaluate(
        w.cw(), {*ungap::util::parse_date("2025-12-01"), jobs, {}}, w.diags());
    ungap::report::Run run{w.ws(), results, {0}};
    outputs[jobs - 1] = ungap::report::write_json(run, {});
  }
  BOOST_TEST(outputs[0] == outputs[1]);
  BOOST_TEST(outputs[0].find("\"id\": \"c11\"") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(engine_coverage)

// A leaf with no rule of its own counts as covered when a crosswalk carries it the verdict of
// an obligation with a tested rule; a leaf reached by nothing stays uncovered.
BOOST_AUTO_TEST_CASE(a_leaf_mapped_from_a_tested_obligation_is_covered) {
  ungap::test::Workspace w({
      {"fw.yaml", "framework: {id: fw, title: Test}\nobligations:\n  - {id: a, title: A}\n"},
      {"fw2.yaml",
       "framework: {id: fw2, title: Two}\nobligations:\n  - {id: m, title: Mapped}\n"
       "  - {id: x, title: Own rule}\n  - {id: u, title: Unreached}\n"},
      {"map.yaml",
       "mapping: {id: m1, from: fw, to: fw2}\nrelations:\n"
       "  - {from: fw/a, to: fw2/m, relation: equal}\n"},
      {"rules.yaml",
       "rules:\n  - {id: ra, checks: [fw/a], elements: [{id: e, match: \"true\"}]}\n"
       "  - {id: rx, checks: [fw2/x], elements: [{id: e, match: \"true\"}]}\n"},
      {"t.test.yaml",
       "tests:\n  - {name: n, company: {id: c}, as_of: 2025-01-01, claims: [],\n"
       "     expect: {fw/a: gap, fw2/x: gap}}\n"},
  });
  auto cov = ungap::engine::measure_coverage(w.ws(), {});
  BOOST_TEST(cov.assessable == 4);
  BOOST_TEST(cov.covered == 3);
  BOOST_TEST(cov.obligations_without_rule == std::vector<std::string>{"fw2/u"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(engine_applicability)

// A figure the company does not give makes applicability unknown (not-assessed, not carried a
// status over a mapping); a figure that decides it gives applicable or not-applicable.
BOOST_AUTO_TEST_CASE(applies_when_on_a_missing_figure_is_unknown_not_false) {
  ungap::test::Workspace w({
      {"fw.yaml",
       "framework: {id: fw, title: Test}\nobligations:\n"
       "  - {id: big, title: Big, applies_when: \"company.attributes.employees > 5000\"}\n"},
      {"src.yaml", "framework: {id: src, title: Source}\nobligations:\n  - {id: a, title: A}\n"},
      {"map.yaml",
       "mapping: {id: m1, from: src, to: fw}\nrelations:\n"
       "  - {from: src/a, to: fw/big, relation: equal}\n"},
      {"rules.yaml",
       "rules:\n  - {id: ra, checks: [src/a], elements: [{id: e, match: \"true\"}]}\n"},
      {"none.yaml", company("  - {id: x, source: s, kind: action}\n")},
      {"small.yaml",
       "company: {id: small, attributes: {employees: 10}}\nsources: [{id: s, date: 2025-01-01}]\n"
       "claims: []\n"},
  });
  auto r = w.evaluate("c", "2025-06-01");
  const auto& f = w.finding(r, "fw/big");
  BOOST_TEST((f.status == Status::kNotAssessed));
  BOOST_TEST(f.reason.rfind("applicability unknown: ", 0) == 0u);
  BOOST_TEST(f.derived.empty());
  auto small = w.evaluate("small", "2025-06-01");
  BOOST_TEST((w.finding(small, "fw/big").status == Status::kNotApplicable));
}

BOOST_AUTO_TEST_SUITE_END()
