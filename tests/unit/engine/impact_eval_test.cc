// Rules evaluated per impact: one result per known impact, the worst deciding, involvement as of
// the evaluation date.
#include "engine/impact_eval.h"

#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"
#include "model/enums.h"

using ungap::model::Status;

namespace {

const char* kFramework = "framework: {id: fw, title: Test}\nobligations:\n  - {id: a, title: A}\n";

const char* kRules = R"(rules:
  - id: per
    checks: [fw/a]
    per: impact
    when: "'contribute' in impact.modes"
    elements:
      - {id: acted, match: "impact.id in claim.impacts && claim.kind == 'action'"}
      - {id: grave, match: "impact.severity >= 9 && impact.scale == 'very-high' && impact.id in claim.impacts"}
)";

const char* kCompany = R"(company: {id: c}
sources: [{id: s, date: 2025-01-01}]
claims:
  - {id: c1, source: s, kind: allegation, date: 2025-01-01}
  - {id: c2, source: s, kind: action, date: 2025-02-01, impacts: [grave]}
  - {id: c3, source: s, kind: allegation, date: 2025-03-01}
  - {id: c4, source: s, kind: action, date: 2025-06-01, impacts: [mild]}
impacts:
  - id: mild
    title: Mild
    severity: {scale: low, scope: individual, remediability: remediable}
    involvement: [{mode: contribute, claims: [c3]}]
  - id: grave
    title: Grave
    severity: {scale: very-high, scope: widespread, remediability: irremediable}
    involvement: [{mode: contribute, claims: [c1]}, {mode: directly-linked, claims: [c3]}]
)";

}  // namespace

BOOST_AUTO_TEST_SUITE(impact_eval)

BOOST_AUTO_TEST_CASE(each_known_impact_gets_its_result_and_the_worst_decides) {
  ungap::test::Workspace w({{"fw.yaml", kFramework}, {"rules.yaml", kRules}, {"c.yaml", kCompany}});
  BOOST_TEST_REQUIRE(w.diags().error_count() == 0u);
  auto r = w.evaluate("c", "2025-12-01");
  const auto& f = w.finding(r, "fw/a");
  BOOST_TEST_REQUIRE(f.rules.size() == 1u);
  const auto& rr = f.rules[0];
  // grave (rank 11) comes first; both elements met: 100. mild: acted only: 50, so mild decides.
  BOOST_TEST_REQUIRE(rr.impacts.size() == 2u);
  BOOST_TEST(rr.impacts[0].impact == 1);
  BOOST_TEST(rr.impacts[0].score == 100);
  BOOST_TEST(ungap::engine::involvement_label(rr.impacts[0].modes) == "disputed");
  BOOST_TEST(rr.impacts[1].impact == 0);
  BOOST_TEST(rr.impacts[1].score == 50);
  BOOST_TEST(rr.impact == 0);
  BOOST_TEST(ungap::model::to_string(rr.status) == ungap::model::to_string(Status::kPartial));
  BOOST_TEST(ungap::model::to_string(f.status) == ungap::model::to_string(Status::kPartial));
  BOOST_TEST(f.score == 50);
}

BOOST_AUTO_TEST_CASE(an_impact_is_known_and_its_modes_counted_only_from_visible_claims) {
  ungap::test::Workspace w({{"fw.yaml", kFramework}, {"rules.yaml", kRules}, {"c.yaml", kCompany}});
  // On 2025-02-15 mild is unknown (c3 is later) and grave rests on contribution alone.
  auto r = w.evaluate("c", "2025-02-15");
  const auto& rr = w.finding(r, "fw/a").rules[0];
  BOOST_TEST_REQUIRE(rr.impacts.size() == 1u);
  BOOST_TEST(rr.impacts[0].impact == 1);
  BOOST_TEST(ungap::engine::involvement_label(rr.impacts[0].modes) == "contribute");
  BOOST_TEST(ungap::model::to_string(rr.status) == ungap::model::to_string(Status::kMet));
  // Before any claim, no impact is known: the rule does not apply.
  auto early = w.evaluate("c", "2024-12-31");
  BOOST_TEST(ungap::model::to_string(w.finding(early, "fw/a").status) ==
             ungap::model::to_string(Status::kNotApplicable));
}

BOOST_AUTO_TEST_CASE(worst_over_impacts_takes_lowest_score_then_worst_status) {
  using ungap::model::RuleResult;
  RuleResult a, b, c;
  a.impact = 0, a.status = Status::kMet, a.score = 100;
  b.impact = 1, b.status = Status::kPartial, b.score = 40;
  b.flags.add(ungap::model::Flag::kContested);
  c.impact = 2, c.applicable = false, c.status = Status::kNotApplicable;
  auto out = ungap::engine::worst_over_impacts(7, {a, b, c});
  BOOST_TEST(out.impact == 1);
  BOOST_TEST(out.score == 40);
  BOOST_TEST(out.flags.has(ungap::model::Flag::kContested));
  BOOST_TEST(out.impacts.size() == 3u);
  auto none = ungap::engine::worst_over_impacts(7, {c});
  BOOST_TEST(!none.applicable);
  BOOST_TEST(none.rule == 7);
}

BOOST_AUTO_TEST_SUITE_END()
