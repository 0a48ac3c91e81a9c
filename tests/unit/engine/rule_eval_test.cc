// Contests and the score of a rule: a contest counts only against evidence, lowers where the
// rule, the obligation or a critical severity says so, and the score follows the status.
#include <boost/test/unit_test.hpp>
#include <cmath>

#include "../workspace_fixture.h"

using ungap::model::Flag;
using ungap::model::Status;

namespace {

const char* kFramework = R"(framework: {id: fw, title: Test}
obligations:
  - {id: crit, title: Critical, severity: critical}
  - {id: plain, title: Plain}
  - {id: says-lower, title: Lowered by the obligation, on_contest: lower}
  - {id: crit-flag, title: Critical but the rule only flags, severity: critical}
  - {id: any, title: Any one of three}
)";

std::string rule(const std::string& id, const std::string& extra = "") {
  return "  - id: " + id + "\n    checks: [fw/" + id + "]\n" + extra +
         "    elements:\n"
         "      - {id: e1, match: \"'x' in claim.topics\"}\n"
         "      - {id: e2, match: \"'y' in claim.topics\"}\n"
         "    contested_by:\n"
         "      - {id: no, match: \"'disputed' in claim.topics\"}\n";
}

std::string rules() {
  return "rules:\n" + rule("crit") + rule("plain") + rule("says-lower") +
         rule("crit-flag", "    on_contest: flag\n") +
         "  - id: any\n    checks: [fw/any]\n    pass: any\n    elements:\n"
         "      - {id: a, match: \"'x' in claim.topics\"}\n"
         "      - {id: b, match: \"'b' in claim.topics\"}\n"
         "      - {id: c, match: \"'c' in claim.topics\"}\n";
}

std::string company(const std::string& claims) {
  return "company: {id: c}\nsources:\n  - {id: s, date: 2025-01-01}\nclaims:\n" + claims;
}

int s(Status status) {
  return static_cast<int>(status);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(engine_rule_eval)

BOOST_AUTO_TEST_CASE(a_contest_lowers_met_where_critical_or_asked_and_only_flags_elsewhere) {
  ungap::test::Workspace w(
      {{"fw.yaml", kFramework},
       {"rules.yaml", rules()},
       {"c.yaml", company("  - {id: c1, source: s, kind: action, topics: [x, y]}\n"
                          "  - {id: c2, source: s, kind: action, topics: [disputed]}\n")}});
  auto r = w.evaluate("c", "2025-06-01");
  for (const char* id : {"fw/crit", "fw/says-lower"}) {
    const auto& f = w.finding(r, id);
    BOOST_TEST_INFO(id);
    BOOST_TEST(s(f.status) == s(Status::kPartial));
    BOOST_TEST(std::round(f.score * 10) / 10 == 66.7);  // 100 x 2 / (2 + 1)
    BOOST_TEST(f.flags.has(Flag::kContested));
  }
  for (const char* id : {"fw/plain", "fw/crit-flag"}) {
    const auto& f = w.finding(r, id);
    BOOST_TEST_INFO(id);
    BOOST_TEST(s(f.status) == s(Status::kMet));
    BOOST_TEST(f.score == 100);
    BOOST_TEST(f.flags.has(Flag::kContested));
  }
}

BOOST_AUTO_TEST_CASE(a_contest_lowers_a_partial_score_the_same_way) {
  ungap::test::Workspace w(
      {{"fw.yaml", kFramework},
       {"rules.yaml", rules()},
       {"c.yaml", company("  - {id: c1, source: s, kind: action, topics: [x]}\n"
                          "  - {id: c2, source: s, kind: action, topics: [disputed]}\n")}});
  auto r = w.evaluate("c", "2025-06-01");
  const auto& f = w.finding(r, "fw/crit");
  BOOST_TEST(s(f.status) == s(Status::kPartial));
  BOOST_TEST(std::round(f.score * 10) / 10 == 33.3);  // 50 x 2 / 3
}

BOOST_AUTO_TEST_CASE(a_gap_is_never_contested) {
  ungap::test::Workspace w(
      {{"fw.yaml", kFramework},
       {"rules.yaml", rules()},
       {"c.yaml", company("  - {id: c2, source: s, kind: action, topics: [disputed]}\n")}});
  auto r = w.evaluate("c", "2025-06-01");
  for (const char* id : {"fw/crit", "fw/plain"}) {
    const auto& f = w.finding(r, id);
    BOOST_TEST_INFO(id);
    BOOST_TEST(s(f.status) == s(Status::kGap));
    BOOST_TEST(f.score == 0);
    BOOST_TEST(!f.flags.has(Flag::kContested));
    BOOST_TEST(f.rules.front().contested.empty());
  }
}

BOOST_AUTO_TEST_CASE(a_rule_met_by_any_one_element_scores_100) {
  ungap::test::Workspace w(
      {{"fw.yaml", kFramework},
       {"rules.yaml", rules()},
       {"c.yaml", company("  - {id: c1, source: s, kind: action, topics: [x]}\n")}});
  auto r = w.evaluate("c", "2025-06-01");
  const auto& f = w.finding(r, "fw/any");
  BOOST_TEST(s(f.status) == s(Status::kMet));
  BOOST_TEST(f.score == 100);
}

BOOST_AUTO_TEST_SUITE_END()
