// The HTML page's data blocks: each verdict as a compact array pointing into the tables of
// obligations, rules and claims, defaults left off, and the overview's per-company summary.
#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"
#include "report/html_parts.h"

using namespace ungap;

namespace {

const char* kFramework = R"(framework: {id: fw, title: FW}
obligations:
  - {id: p, title: P, severity: high}
  - {id: a, title: A}
  - {id: b, title: B, severity: low}
  - {id: x, title: Not assessed, assessable: false}
)";

const char* kRules = R"Y(rules:
  - id: ra
    checks: [fw/a]
    elements:
      - {id: e1, text: Has x, match: "'x' in claim.topics"}
      - {id: e2, match: "'y' in claim.topics"}
)Y";

const char* kCompany = R"Y(company: {id: c, name: Co}
sources:
  - {id: s, title: S, publisher: P, date: 2025-01-01, url: "https://example.org/s"}
claims:
  - {id: k, source: s, kind: process, topics: [x], quote: "we do x"}
  - {id: u, source: s, kind: process, topics: [z], summary: unread}
)Y";

struct Fixture {
  test::Workspace ws{{{"fw.yaml", kFramework}, {"rules.yaml", kRules}, {"c.yaml", kCompany}}};
  model::CompanyResult cr = ws.evaluate("c", "2025-12-01");
  Fixture() { cr.company = 0; }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(html_data, Fixture)

BOOST_AUTO_TEST_CASE(rows_skip_obligations_not_listed) {
  report::HtmlRows rows(ws.ws(), {0});
  BOOST_TEST(rows.size() == 3);
  BOOST_TEST(rows.row(0, 2) == 2);
  BOOST_TEST(rows.row(0, 3) == -1);  // a leaf that is not assessable
  BOOST_TEST(rows.rules(0).empty());
  BOOST_TEST(rows.rules(1) == std::vector<int>{0});  // fw/a, checked by ra
}

BOOST_AUTO_TEST_CASE(meta_has_each_obligation_and_rule_once) {
  std::string meta = report::html_meta_json(ws.ws(), {0}, *util::parse_date("2025-12-01"));
  // [framework, id, full id, title, depth, weight, parent, rules]: fw/a is checked by rule 0.
  BOOST_TEST(meta.find(R"("frameworks":[["fw","FW"]],"obligations":[[0,"p","fw/p","P",0,1,0],)"
                       R"([0,"a","fw/a","A",0,2,0,[0]],[0,"b","fw/b","B",0,3,0]])") !=
             std::string::npos);
  BOOST_TEST(meta.find(R"("rules":[["ra","","rules.yaml:2:5",[["e1","Has x"],["e2",""]],[]]])") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(company_verdicts_are_compact_arrays) {
  report::HtmlRows rows(ws.ws(), {0});
  std::string json = report::html_company_json(ws.ws(), rows, cr);
  // Only the cited claim, its location as line and column in the company's file, no summary
  // next to a quote.
  BOOST_TEST(json.find(R"("claims":[["k","2025-01-01",)") != std::string::npos);
  BOOST_TEST(json.find(R"("we do x",0,5,5]])") != std::string::npos);
  BOOST_TEST(json.find("unread") == std::string::npos);
  BOOST_TEST(json.find(R"("sources":[["S","P","https://example.org/s",0]])") != std::string::npos);
  // fw/p (no rule): not-assessed (4) + 5 × high (1) = 9, no score, reason 0 (as -2 - 0);
  // fw/a: partial (1) + 5 × medium (2) = 11, score 50, the row's rule (ra, not written) partial
  // 50 with e1 met by claim 0 (as [0]) and e2 missing.
  BOOST_TEST(json.find(R"("v":[[9,-2],[11,50,[[1,50,[[0],0]]]],[19,-2]])") != std::string::npos);
  BOOST_TEST(json.find(R"("reasons":["no rule checks this obligation"])") != std::string::npos);
}

// An element met by a claim but not by enough of them keeps its whole form, [-1 - element, met,
// claim...]: here e2 (element 1) as [-2,0,0].
BOOST_AUTO_TEST_CASE(element_short_of_its_minimum_is_written_whole) {
  test::Workspace two{{{"fw.yaml", kFramework},
                       {"rules.yaml", R"Y(rules:
  - id: ra
    checks: [fw/a]
    elements:
      - {id: e1, match: "'x' in claim.topics"}
      - {id: e2, min: 2, match: "'x' in claim.topics"}
)Y"},
                       {"c.yaml", kCompany}}};
  model::CompanyResult result = two.evaluate("c", "2025-12-01");
  result.company = 0;
  report::HtmlRows rows(two.ws(), {0});
  std::string json = report::html_company_json(two.ws(), rows, result);
  BOOST_TEST(json.find(R"([11,50,[[1,50,[[0],[-2,0,0]]]]])") != std::string::npos);
}

// A company's claims in another file than its own carry their whole location; in its own file
// a claim's line is the step from the previous one and its column is written when it changes or
// a summary follows.
BOOST_AUTO_TEST_CASE(claims_locations_are_short_in_the_company_file) {
  test::Workspace split{{{"fw.yaml", kFramework},
                         {"rules.yaml", kRules},
                         {"c.yaml", R"Y(company: {id: c, name: Co}
sources:
  - {id: s, title: S, publisher: P, date: 2025-01-01, url: "https://example.org/s"}
claims:
  - {id: k, source: s, kind: process, topics: [x], quote: "we do x"}
  - {id: k1, source: s, kind: process, topics: [x], quote: "x too"}
  -   {id: k2, source: s, kind: process, topics: [x], quote: "x twice"}
  - {id: k5, source: s, kind: process, topics: [x], summary: "x again"}
)Y"},
                         {"more.yaml", R"Y(company: {id: c}
claims:
  - {id: k3, source: s, kind: process, topics: [x], quote: "more x"}
  - {id: k4, source: s, kind: process, topics: [x], summary: "x elsewhere"}
)Y"}}};
  model::CompanyResult result = split.evaluate("c", "2025-12-01");
  result.company = 0;
  report::HtmlRows rows(split.ws(), {0});
  std::string json = report::html_company_json(split.ws(), rows, result);
  // [id, date, kind, quote, source, line step or location, column, summary]
  BOOST_TEST(json.find(R"("claims":[["k","2025-01-01",1,"we do x",0,5,5],)"
                       R"(["k1","2025-01-01",1,"x too",0,1],)"
                       R"(["k2","2025-01-01",1,"x twice",0,1,7],)"
                       R"(["k5","2025-01-01",1,"",0,1,5,"x again"],)"
                       R"(["k3","2025-01-01",1,"more x",0,"more.yaml:3:5"],)"
                       R"(["k4","2025-01-01",1,"",0,"more.yaml:4:5",0,"x elsewhere"]])") !=
                 std::string::npos,
             json);
}

// The notes the statements give a company, a claim and a source travel with them, so the panel
// can show what the evidence covers and how it was read: a claim's note last (after an empty
// summary when it has a quote), a source's after its dating ("" when it has none).
BOOST_AUTO_TEST_CASE(notes_follow_the_claim_and_the_source) {
  test::Workspace noted{{{"fw.yaml", kFramework},
                         {"rules.yaml", kRules},
                         {"c.yaml", R"Y(company: {id: c, name: Co, note: "Pages not read: none."}
sources:
  - {id: s, title: S, publisher: P, date: 2025-01-01, note: "Read in a copy."}
claims:
  - {id: k, source: s, kind: process, topics: [x], quote: "we do x", note: "Quoted by a paper."}
  - {id: k1, source: s, kind: process, topics: [x], summary: "x too", note: "Paraphrased."}
  - {id: k2, source: s, kind: process, topics: [x], quote: "x twice"}
)Y"}}};
  model::CompanyResult result = noted.evaluate("c", "2025-12-01");
  result.company = 0;
  report::HtmlRows rows(noted.ws(), {0});
  std::string json = report::html_company_json(noted.ws(), rows, result);
  BOOST_TEST(json.find(R"({"file":"c.yaml","note":"Pages not read: none.","sources":)"
                       R"([["S","P","",0,"","Read in a copy."]])") != std::string::npos,
             json);
  BOOST_TEST(json.find(R"("claims":[["k","2025-01-01",1,"we do x",0,5,5,"","Quoted by a paper."],)"
                       R"(["k1","2025-01-01",1,"",0,1,5,"x too","Paraphrased."],)"
                       R"(["k2","2025-01-01",1,"x twice",0,1]])") != std::string::npos,
             json);
}

// A rule's `note` rides in the page's rule table; an impact's `note` and the `note` of each
// involvement mode seen by the report's date ride with the impact, a mode seen only later left
// out.
BOOST_AUTO_TEST_CASE(rule_and_impact_notes_with_the_modes_seen) {
  test::Workspace noted{{{"fw.yaml", kFramework},
                         {"rules.yaml", R"Y(rules:
  - id: per
    checks: [fw/a]
    per: impact
    note: Any action counts.
    elements: [{id: acted, match: "impact.id in claim.impacts && claim.kind == 'action'"}]
)Y"},
                         {"c.yaml", R"Y(company: {id: c, name: Co}
sources: [{id: s, date: 2025-01-01}]
claims:
  - {id: c1, source: s, kind: allegation}
  - {id: c2, source: s, kind: allegation, date: 2026-01-01}
impacts:
  - id: i
    title: Harm
    note: No period.
    involvement:
      - {mode: contribute, claims: [c1], note: Groups say so.}
      - {mode: directly-linked, claims: [c2], note: Later.}
)Y"}}};
  model::CompanyResult result = noted.evaluate("c", "2025-12-01");
  result.company = 0;
  report::HtmlRows rows(noted.ws(), {0});
  std::string json = report::html_company_json(noted.ws(), rows, result);
  BOOST_TEST(
      json.find(R"("impacts":[["i","Harm","","No period.",[["contribute","Groups say so."]]]])") !=
          std::string::npos,
      json);
  std::string meta = report::html_meta_json(noted.ws(), {0}, *util::parse_date("2025-12-01"));
  BOOST_TEST(meta.find(R"(["per","","rules.yaml:2:5",[["acted",""]],[],"Any action counts."])") !=
                 std::string::npos,
             meta);
}

BOOST_AUTO_TEST_CASE(summary_gives_company_totals_and_lists_gaps) {
  report::HtmlRows rows(ws.ws(), {0});
  std::string json = report::html_company_summary_json(ws.ws(), rows, {0}, cr, 25);
  // 3 listed verdicts; the framework's verdict partial 50 (fw/a; fw/p and fw/b not assessed);
  // counts gap 0, partial 1, met 0, not-applicable 0, not-assessed 2; in top, fw/a (partial).
  // c: each row's code, status + 5 × weight + 20 × flag bits (fw/p 4 + 5, fw/a 1 + 10, fw/b
  // 4 + 15).
  BOOST_TEST(
      json ==
      R"({"id":"c","name":"Co","n":3,"s":[[1,50,0,1,0,0,2]],"c":[9,11,19],"top":[[1,1,50,2,0]]})");
}

// The score is the top-level obligations combined (docs/evaluation.md §6b), as --layout matrix,
// Markdown and XLSX give it: q (one met, two and three gaps: partial 33.3) with a (met) is
// partial 66.7, where the mean of the four leaves would be 50.
BOOST_AUTO_TEST_CASE(summary_score_combines_top_level_obligations) {
  test::Workspace nested{{{"g.yaml", R"(framework: {id: g, title: G}
obligations:
  - id: q
    title: Q
    children:
      - {id: q.one, title: One}
      - {id: q.two, title: Two}
      - {id: q.three, title: Three}
  - {id: a, title: A}
)"},
                          {"rules.yaml", R"(rules:
  - {id: r1, checks: [g/q.one, g/a], elements: [{id: e, match: "'x' in claim.topics"}]}
  - {id: r2, checks: [g/q.two, g/q.three], elements: [{id: e, match: "'y' in claim.topics"}]}
)"},
                          {"c.yaml", kCompany}}};
  model::CompanyResult result = nested.evaluate("c", "2025-12-01");
  result.company = 0;
  report::HtmlRows g_rows(nested.ws(), {0});
  std::string json = report::html_company_summary_json(nested.ws(), g_rows, {0}, result, 0);
  BOOST_TEST(
      json ==
      R"({"id":"c","name":"Co","n":5,"s":[[1,66.7,2,1,2,0,0]],"c":[11,12,10,10,12],"top":[]})");
}

BOOST_AUTO_TEST_SUITE_END()
