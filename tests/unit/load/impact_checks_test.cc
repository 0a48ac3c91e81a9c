// Impacts in statements files: fields, scales, involvement and the checks between impacts and
// claims.
#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"

using ungap::test::Lines;

namespace {

const char* kCompany =
    "company: {id: acme}\n"
    "sources:\n"
    "  - {id: s1, date: 2025-01-01}\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(impacts)

BOOST_AUTO_TEST_CASE(loads_an_impact_with_a_disputed_involvement) {
  ungap::test::Workspace f;
  Lines d =
      f.lint_one("acme.yaml", std::string(kCompany) +
                                  "claims:\n"
                                  "  - {id: c1, source: s1, kind: allegation, impacts: [spy]}\n"
                                  "  - {id: c2, source: s1, kind: denial}\n"
                                  "impacts:\n"
                                  "  - id: spy\n"
                                  "    title: Calls stored\n"
                                  "    period: {from: 2022-01-01}\n"
                                  "    rights: [privacy]\n"
                                  "    rights_holders: [residents]\n"
                                  "    severity: {scale: very-high, scope: widespread, "
                                  "remediability: irremediable}\n"
                                  "    involvement:\n"
                                  "      - {mode: contribute, claims: [c1]}\n"
                                  "      - {mode: directly-linked, claims: [c2]}\n");
  BOOST_TEST(d == Lines{}, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(f.ws().companies.size() == 1u);
  const auto& c = f.ws().companies[0];
  BOOST_TEST_REQUIRE(c.impacts.size() == 1u);
  const auto& im = c.impacts[0];
  BOOST_TEST(im.involvement_label() == "disputed");
  BOOST_TEST(im.severity.rank() == 11);
  BOOST_TEST(im.severity_text() == "very-high scale, widespread scope, irremediable");
  BOOST_TEST(im.period_text() == "from 2022-01-01");
  // c2 rests the linkage side on itself, so it concerns the impact without naming it.
  BOOST_TEST_REQUIRE(c.claims[1].extras->impacts.size() == 1u);
  BOOST_TEST(c.claims[1].extras->impacts[0].id == "spy");
}

BOOST_AUTO_TEST_CASE(reports_dangling_references_and_an_involvement_with_no_claim) {
  ungap::test::Workspace f;
  Lines d =
      f.lint_one("acme.yaml", std::string(kCompany) +
                                  "claims:\n"
                                  "  - {id: c1, source: s1, kind: allegation, impacts: [sky]}\n"
                                  "impacts:\n"
                                  "  - id: spy\n"
                                  "    title: Calls stored\n"
                                  "    period: {from: 2023-01-01, to: 2022-01-01}\n"
                                  "    involvement:\n"
                                  "      - {mode: contribute, claims: [c9]}\n"
                                  "      - {mode: cause, claims: []}\n");
  BOOST_TEST(
      d == (Lines{"acme.yaml:5:54: error: claim 'c1' names unknown impact 'sky' (did you mean "
                  "'spy'?) [dangling-ref]",
                  "acme.yaml:7:5: error: impact 'spy' ends (2022-01-01) before it starts "
                  "(2023-01-01) [invalid-period]",
                  "acme.yaml:11:37: error: involvement 'contribute' in impact 'spy' rests on "
                  "unknown claim 'c9' (did you mean 'c1'?) [dangling-ref]",
                  "acme.yaml:12:9: error: involvement 'cause' in impact 'spy' rests on no claim; "
                  "name the claims that show it [involvement-without-claim]"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(rejects_values_off_the_scales) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("acme.yaml", std::string(kCompany) +
                                        "impacts:\n"
                                        "  - id: spy\n"
                                        "    title: Calls stored\n"
                                        "    severity: {scale: huge, scope: widespread}\n"
                                        "    involvement: [{mode: linked, claims: [c1]}]\n");
  BOOST_TEST(
      d == (Lines{"acme.yaml:7:15: error: missing required key 'remediability' in impact "
                  "severity [missing-key]",
                  "acme.yaml:7:23: error: invalid scale 'huge': expected one of very-high, high, "
                  "medium, low (did you mean 'high'?) [invalid-value]",
                  "acme.yaml:8:26: error: invalid involvement mode 'linked': expected one of "
                  "cause, contribute, directly-linked [invalid-value]",
                  "acme.yaml:8:43: error: involvement 'contribute' in impact 'spy' rests on "
                  "unknown claim 'c1' [dangling-ref]"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
