// explain of a verdict carried over mappings shows each source's verdict, what it counts for,
// and the claims it rests on, so the carried score can be recomputed.
#include "report/explain.h"

#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"

namespace {

const char* kFrameworks = R"(framework: {id: src, title: Source}
obligations:
  - {id: a, title: A}
  - {id: b, title: B}
)";
const char* kTarget = R"(framework: {id: dst, title: Target}
obligations:
  - {id: t, title: T}
)";
const char* kMapping = R"(mapping: {id: src-to-dst, from: src, to: dst}
relations:
  - {from: src/a, to: dst/t, relation: subset}
  - {from: src/b, to: dst/t, relation: equal}
)";
const char* kRules = R"(rules:
  - id: ra
    checks: [src/a]
    elements: [{id: e, match: "'x' in claim.topics"}]
  - id: rb
    checks: [src/b]
    elements:
      - {id: e1, match: "'x' in claim.topics"}
      - {id: e2, match: "'y' in claim.topics"}
)";
const char* kCompany = R"(company: {id: c}
sources:
  - {id: s, title: Report, publisher: Pub, date: 2025-01-01}
claims:
  - {id: c1, source: s, kind: action, topics: [x], summary: It acted.}
)";

}  // namespace

BOOST_AUTO_TEST_SUITE(report_explain)

BOOST_AUTO_TEST_CASE(a_derived_verdict_shows_its_sources_and_their_evidence) {
  ungap::test::Workspace w({{"frameworks/src.yaml", kFrameworks},
                            {"frameworks/dst.yaml", kTarget},
                            {"frameworks/map.yaml", kMapping},
                            {"rules/r.yaml", kRules},
                            {"statements/c.yaml", kCompany}});
  auto r = w.evaluate("c", "2025-06-01");
  const auto& f = w.finding(r, "dst/t");
  std::string text = ungap::report::explain_text(w.ws(), *w.ws().company("c"), r, f,
                                                 *ungap::util::parse_date("2025-06-01"));
  // src/a met 100 counts as partial 50 over subset; src/b partial 50 counts whole; mean 50.
  std::string want =
      "Status: partial, score 50, flags: derived\n"
      "\n"
      "Carried over mappings: the mean of what each source counts for (equal and superset carry "
      "a verdict whole; subset and intersect halve its score)\n"
      "  from src/a (subset, mapping 'src-to-dst'): met 100, counts as partial 50\n"
      "    - claim c1 (2025-01-01, action by company) at statements/c.yaml:5:5\n"
      "        It acted.\n"
      "        source: s \u2014 Report, Pub, 2025-01-01, primary\n"
      "  from src/b (equal, mapping 'src-to-dst'): partial 50, counts as partial 50\n"
      "    - claim c1 (2025-01-01, action by company) at statements/c.yaml:5:5\n"
      "        It acted.\n"
      "        source: s \u2014 Report, Pub, 2025-01-01, primary\n";
  auto at = text.find("Status:");
  BOOST_REQUIRE(at != std::string::npos);
  BOOST_TEST(text.substr(at) == want);
}

BOOST_AUTO_TEST_SUITE_END()

namespace {

const char* kOneFramework = R"y(framework: {id: fw, title: Framework}
obligations:
  - {id: o, title: "Publish [it](javascript:x)"}
)y";
const char* kOneRule = R"y(rules:
  - id: r
    checks: [fw/o]
    elements:
      - {id: e1, text: "Acted ![img](https://t.example/p.png)", match: "'x' in claim.topics"}
      - {id: e2, match: "'y' in claim.topics && claim.kind == 'action'"}
)y";
const char* kHostileCompany = R"y(company: {id: c}
sources:
  - {id: s, title: "Report | <b>", publisher: Pub, date: 2025-01-01, url: "https://e.example/r"}
claims:
  - {id: c1, source: s, kind: action, topics: [x], quote: "we [act](https://x.example)"}
  - {id: c2, source: s, kind: finding, topics: [y]}
)y";

ungap::report::Explanation hostile(ungap::test::Workspace& w) {
  auto r = w.evaluate("c", "2025-06-01");
  return ungap::report::explanation(w.ws(), *w.ws().company("c"), r, w.finding(r, "fw/o"),
                                    *ungap::util::parse_date("2025-06-01"));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(report_explain_formats)

BOOST_AUTO_TEST_CASE(markdown_leaves_no_link_or_image_from_the_inputs_live) {
  ungap::test::Workspace w({{"frameworks/fw.yaml", kOneFramework},
                            {"rules/r.yaml", kOneRule},
                            {"statements/c.yaml", kHostileCompany}});
  std::string want =
      "# c \u2014 fw/o as of 2025-06-01\n"
      "\n"
      "**Publish \\[it\\](javascript:x)** (weight medium), at `frameworks/fw.yaml:3:5`\n"
      "\n"
      "**Status: partial, score 50**\n"
      "\n"
      "## Rule `r`\n"
      "\n"
      "At `rules/r.yaml:2:5`\n"
      "\n"
      "**partial, score 50**: 1 of 2 met, needs all 2 elements\n"
      "\n"
      "- **met** `e1`: Acted !\\[img\\](https&#x2060;://t.example/p.png) (1 matching claim, 1 "
      "needed)\n"
      "  - claim `c1` (2025-01-01, action by company) at `statements/c.yaml:5:5`\n"
      "    - \u201Cwe \\[act\\](https&#x2060;://x.example)\u201D\n"
      "    - source `s`: Report \\| &lt;b&gt;, Pub, 2025-01-01, primary, `https://e.example/r`\n"
      "- **missing** `e2`: 'y' in claim.topics && claim.kind == 'action' (0 matching "
      "claims, 1 "
      "needed)\n";
  BOOST_TEST(ungap::report::explain_markdown(hostile(w)) == want);
}

BOOST_AUTO_TEST_CASE(json_holds_what_the_text_shows) {
  ungap::test::Workspace w({{"frameworks/fw.yaml", kOneFramework},
                            {"rules/r.yaml", kOneRule},
                            {"statements/c.yaml", kHostileCompany}});
  std::string json = ungap::report::explain_json(hostile(w));
  std::string want_start =
      "{\n"
      "  \"schema_version\": 1,\n"
      "  \"company\": \"c\",\n"
      "  \"obligation\": {\n"
      "    \"id\": \"fw/o\",\n"
      "    \"title\": \"Publish [it](javascript:x)\",\n"
      "    \"weight\": \"medium\",\n"
      "    \"location\": \"frameworks/fw.yaml:3:5\",\n"
      "    \"text\": \"\"\n"
      "  },\n"
      "  \"as_of\": \"2025-06-01\",\n"
      "  \"status\": \"partial\",\n"
      "  \"score\": 50,\n"
      "  \"flags\": [],\n"
      "  \"derived_from\": [],\n"
      "  \"parts\": [],\n";
  BOOST_TEST(json.substr(0, want_start.size()) == want_start);
  std::string want_claim =
      "              \"quote\": \"we [act](https://x.example)\",\n"
      "              \"source\": {\n"
      "                \"id\": \"s\",\n"
      "                \"title\": \"Report | <b>\",\n"
      "                \"publisher\": \"Pub\",\n"
      "                \"date\": \"2025-01-01\",\n"
      "                \"quality\": \"primary\",\n"
      "                \"url\": \"https://e.example/r\"\n";
  BOOST_TEST(json.find(want_claim) != std::string::npos);
  BOOST_TEST(json.find("\"role\": \"missing\",") != std::string::npos);
}

// The encoder's notes say how the evidence was read (a quote known from a report of it, a page
// read in a copy): a reader who signs the verdict must see them beside the claim.
const char* kNotedCompany = R"y(company: {id: c}
sources:
  - {id: s, title: Report, publisher: Pub, date: 2025-01-01, note: "Read in [a copy](https://c.example)."}
claims:
  - {id: c1, source: s, kind: action, topics: [x], quote: We acted., note: "Quoted by\na paper."}
  - {id: c2, source: s, kind: finding, topics: [y]}
)y";

BOOST_AUTO_TEST_CASE(every_format_shows_the_notes_on_a_claim_and_its_source) {
  ungap::test::Workspace w({{"frameworks/fw.yaml", kOneFramework},
                            {"rules/r.yaml", kOneRule},
                            {"statements/c.yaml", kNotedCompany}});
  auto r = w.evaluate("c", "2025-06-01");
  auto as_of = *ungap::util::parse_date("2025-06-01");
  std::string text =
      ungap::report::explain_text(w.ws(), *w.ws().company("c"), r, w.finding(r, "fw/o"), as_of);
  std::string want_text =
      "      - claim c1 (2025-01-01, action by company) at statements/c.yaml:5:5\n"
      "          \u201CWe acted.\u201D\n"
      "          note: Quoted by\\na paper.\n"
      "          source: s \u2014 Report, Pub, 2025-01-01, primary\n"
      "          source note: Read in [a copy](https://c.example).\n";
  BOOST_TEST(text.find(want_text) != std::string::npos, text);
  std::string md = ungap::report::explain_markdown(hostile(w));
  std::string want_md =
      "  - claim `c1` (2025-01-01, action by company) at `statements/c.yaml:5:5`\n"
      "    - \u201CWe acted.\u201D\n"
      "    - Note: Quoted by<br>a paper.\n"
      "    - source `s`: Report, Pub, 2025-01-01, primary\n"
      "    - Source note: Read in \\[a copy\\](https&#x2060;://c.example).\n";
  BOOST_TEST(md.find(want_md) != std::string::npos, md);
  std::string json = ungap::report::explain_json(hostile(w));
  BOOST_TEST(json.find("\"quote\": \"We acted.\",\n"
                       "              \"note\": \"Quoted by\\na paper.\",\n") != std::string::npos,
             json);
  BOOST_TEST(json.find("\"url\": \"\",\n"
                       "                \"note\": \"Read in [a copy](https://c.example).\"\n") !=
                 std::string::npos,
             json);
}

BOOST_AUTO_TEST_SUITE_END()

namespace {

// Notes that say how a verdict was reached: the framework's on the obligation, the rule
// author's on how the rule reads it, the encoder's on an impact and on each involvement mode.
const char* kNotedFramework = R"y(framework: {id: fw, title: Framework}
obligations:
  - {id: o, title: Act, note: Paraphrased from the source text.}
)y";
const char* kNotedRule = R"y(rules:
  - id: r
    checks: [fw/o]
    per: impact
    note: Any action on the impact counts.
    elements:
      - {id: acted, match: "impact.id in claim.impacts && claim.kind == 'action'"}
)y";
const char* kNotedImpacts = R"y(company: {id: c}
sources: [{id: s, date: 2025-01-01}]
claims:
  - {id: c1, source: s, kind: allegation, date: 2025-01-01}
  - {id: c2, source: s, kind: action, date: 2025-02-01, impacts: [i]}
  - {id: c3, source: s, kind: allegation, date: 2025-09-01}
impacts:
  - id: i
    title: Harm
    note: No period is given.
    involvement:
      - {mode: contribute, claims: [c1], note: "Groups tie [it](https://x.example) to the harm."}
      - {mode: directly-linked, claims: [c3], note: Seen only later.}
)y";

}  // namespace

BOOST_AUTO_TEST_SUITE(report_explain_notes)

// As of 2025-06-01 only the contribute mode rests on a visible claim: its note is shown, the
// later directly-linked mode's is not.
BOOST_AUTO_TEST_CASE(notes_of_the_obligation_rule_impact_and_involvement_seen) {
  ungap::test::Workspace w({{"frameworks/fw.yaml", kNotedFramework},
                            {"rules/r.yaml", kNotedRule},
                            {"statements/c.yaml", kNotedImpacts}});
  auto r = w.evaluate("c", "2025-06-01");
  auto x = ungap::report::explanation(w.ws(), *w.ws().company("c"), r, w.finding(r, "fw/o"),
                                      *ungap::util::parse_date("2025-06-01"));
  std::string text = ungap::report::explain_text(x);
  BOOST_TEST(text.find("Act (weight medium) at frameworks/fw.yaml:3:5\n"
                       "  note: Paraphrased from the source text.\n") != std::string::npos,
             text);
  BOOST_TEST(text.find("  note: Any action on the impact counts.\n") != std::string::npos, text);
  BOOST_TEST(text.find("    severity: not given; involvement: contribute\n"
                       "    note: No period is given.\n"
                       "    involvement contribute: Groups tie [it](https://x.example) to the "
                       "harm.\n") != std::string::npos,
             text);
  BOOST_TEST(text.find("Seen only later.") == std::string::npos, text);
  std::string md = ungap::report::explain_markdown(x);
  BOOST_TEST(md.find("Note: Paraphrased from the source text.\n\n") != std::string::npos, md);
  BOOST_TEST(md.find("Note: Any action on the impact counts.\n\n") != std::string::npos, md);
  BOOST_TEST(md.find("Note: No period is given.\n\n"
                     "Involvement contribute: Groups tie \\[it\\](https&#x2060;://x.example) to "
                     "the harm.\n\n") != std::string::npos,
             md);
  std::string json = ungap::report::explain_json(x);
  BOOST_TEST(json.find("\"note\": \"Paraphrased from the source text.\"") != std::string::npos);
  BOOST_TEST(json.find("\"note\": \"Any action on the impact counts.\"") != std::string::npos);
  BOOST_TEST(json.find("\"involvement_notes\": [\n"
                       "            {\n"
                       "              \"mode\": \"contribute\",\n"
                       "              \"note\": \"Groups tie [it](https://x.example) to the "
                       "harm.\"\n"
                       "            }\n"
                       "          ],\n") != std::string::npos,
             json);
  BOOST_TEST(json.find("Seen only later.") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
