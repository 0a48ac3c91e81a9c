// Statements files: sources, claims, references between them, supersedes and quotes.
#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"

using ungap::test::Lines;

namespace {

const char* kHeader =
    "company: {id: acme, name: Acme}\n"
    "sources:\n"
    "  - {id: s1, by: company, kind: blog, date: 2025-09-25, text: s1.txt}\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(statements_file)

BOOST_AUTO_TEST_CASE(loads_claims_with_defaults_from_their_source) {
  ungap::test::Workspace f;
  f.write("s1.txt",
          "We will \xe2\x80\x9c"
          "cease and\n   disable\xe2\x80\x9d specified services.");
  Lines d = f.lint_one("acme.yaml", std::string(kHeader) +
                                        "claims:\n"
                                        "  - id: c1\n    source: s1\n    kind: action\n"
                                        "    quote: '\"cease and disable\" specified'\n");
  BOOST_TEST(d == Lines{}, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(f.ws().companies.size() == 1u);
  BOOST_TEST(f.ws().companies[0].claims[0].date.str() == "2025-09-25");
}

BOOST_AUTO_TEST_CASE(reports_a_quote_missing_from_the_snapshot) {
  ungap::test::Workspace f;
  f.write("s1.txt", "We will cease and disable specified services.");
  Lines d = f.lint_one("acme.yaml", std::string(kHeader) +
                                        "claims:\n"
                                        "  - {id: c1, source: s1, kind: action, quote: \"will "
                                        "suspend all services\"}\n");
  BOOST_TEST(d == (Lines{"acme.yaml:5:47: error: quote of claim 'c1' does not occur in the "
                         "snapshot of source 's1' (s1.txt) [quote-not-found]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_dangling_references_and_cycles) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("acme.yaml",
                       "company: {id: acme}\nsources:\n  - {id: s1, date: 2025-01-01}\nclaims:\n"
                       "  - {id: c1, source: s2, kind: action}\n"
                       "  - {id: c2, source: s1, kind: action, supersedes: [c3]}\n"
                       "  - {id: c3, source: s1, kind: action, supersedes: [c4]}\n"
                       "  - {id: c4, source: s1, kind: action, supersedes: [c2, c9]}\n");
  BOOST_TEST(
      d == (Lines{"acme.yaml:5:22: error: claim 'c1' cites unknown source 's2' (did you mean "
                  "'s1'?) [dangling-ref]",
                  "acme.yaml:8:53: error: claim 'c4' supersedes 'c2', which leads back to it: "
                  "`supersedes` must not form a cycle [supersedes-cycle]",
                  "acme.yaml:8:57: error: claim 'c4' supersedes unknown claim 'c9' (did you mean "
                  "'c1'?) [dangling-ref]"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_duplicate_sources_and_claims_across_files) {
  ungap::test::Workspace f;
  f.write("a.yaml",
          "company: {id: acme}\nsources: [{id: s1, date: 2025-01-01}]\n"
          "claims: [{id: c1, source: s1, kind: denial}]\n");
  Lines d = f.lint_one("b.yaml",
                       "company: {id: acme}\nsources: [{id: s1, date: 2025-01-02}]\n"
                       "claims: [{id: c1, source: s1, kind: denial}]\n");
  BOOST_TEST(d == (Lines{"b.yaml:2:11: error: duplicate source id 's1' (first defined at "
                         "a.yaml:2:11) [duplicate-id]",
                         "b.yaml:3:10: error: duplicate claim id 'c1' (first defined at "
                         "a.yaml:3:10) [duplicate-id]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_invalid_enums_and_missing_source) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("acme.yaml",
                       "company: {id: acme}\nsources: [{id: s1, by: partner, kind: tweet}]\n"
                       "claims: [{id: c1, kind: promise, date: 2025-01-01}]\n");
  BOOST_TEST(
      d == (Lines{"acme.yaml:2:24: error: invalid by 'partner': expected one of company, "
                  "third-party [invalid-value]",
                  "acme.yaml:2:39: error: invalid source kind 'tweet': expected one of policy, "
                  "report, blog, letter, news, filing, statement, other [invalid-value]",
                  "acme.yaml:3:10: error: missing required key 'source' in claim [missing-key]",
                  "acme.yaml:3:25: error: invalid claim kind 'promise': expected one of "
                  "commitment, process, action, disclosure, finding, denial, allegation, response "
                  "[invalid-value]"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_an_unreadable_snapshot) {
  ungap::test::Workspace f;
  f.on_disk();
  Lines d = f.lint_one("acme.yaml", std::string(kHeader) + "claims: []\n");
  BOOST_TEST(d == (Lines{"acme.yaml:3:63: error: cannot read source snapshot 's1.txt': No "
                         "such file or directory [missing-snapshot]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reads_how_a_source_date_is_known_and_warns_when_unexplained) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("acme.yaml",
                       "company: {id: acme}\nsources:\n"
                       "  - {id: s1, date: 2012-07-01, date_precision: month,\n"
                       "     date_basis: the month the company later gave}\n"
                       "  - {id: s2, date: 2016-01-01, date_precision: year}\n"
                       "  - {id: s3, date_precision: day}\n"
                       "claims: [{id: c1, source: s1, kind: commitment}]\n");
  BOOST_TEST(d == (Lines{"acme.yaml:5:5: warning: source 's2' is dated to the year only; say how "
                         "the day was chosen in date_basis [date-precision]",
                         "acme.yaml:6:5: warning: source 's3' says how its date is known but has "
                         "no date [date-precision]"}),
             boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(f.ws().companies.size() == 1u);
  const auto& s1 = f.ws().companies[0].sources[0];
  BOOST_TEST(ungap::model::dating_text(s1) ==
             "date known to the month: the month the company later gave");
  BOOST_TEST(ungap::model::dating_text(f.ws().companies[0].sources[2]) == "date known to the day");
}

BOOST_AUTO_TEST_SUITE_END()
