// Every writer on one small workspace whose names and texts look like markup, formulas and
// table syntax: each format must carry them as text.
#include "report/writers.h"

#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"
#include "report/baseline.h"
#include "report/json_value.h"
#include "report/verdicts.h"
#include "util/sha256.h"

using namespace ungap;

namespace {

const char* kFramework = R"(framework: {id: fw, title: "T <b>"}
obligations:
  - {id: a, title: "A | <i>x</i>", severity: high}
  - {id: b, title: B}
)";

const char* kRules = R"Y(rules:
  - id: ra
    checks: [fw/a]
    elements:
      - {id: e1, text: "Has <x>", match: "'x' in claim.topics"}
      - {id: e2, text: "=SUM(A1)", match: "'y' in claim.topics"}
  - id: rb
    checks: [fw/b]
    elements: [{id: e, match: "'z' in claim.topics"}]
)Y";

const char* kCompany = R"Y(company: {id: c, name: "C | <script>alert(1)</script> & \"co\""}
sources:
  - {id: s, title: "S", publisher: P, date: 2025-01-01, url: "javascript:alert(1)"}
claims:
  - {id: k, source: s, kind: process, topics: [x], summary: "=HYPERLINK(\"evil\") | pipe </script><!--"}
)Y";

struct Fixture {
  test::Workspace ws{{{"fw.yaml", kFramework}, {"rules.yaml", kRules}, {"c.yaml", kCompany}}};
  engine::Results results;
  Fixture() {
    results.as_of = *util::parse_date("2025-12-01");
    results.companies.push_back(ws.evaluate("c", "2025-12-01"));
    results.companies.back().company = 0;  // evaluate_company leaves the index to evaluate()
  }
  std::string write(std::string_view format, report::FailOn fail_on = report::FailOn::kNever) {
    report::Run run{ws.ws(), results, {0}};
    return report::find_format(format)->write(run, {false, fail_on});
  }
};

bool has(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(writers, Fixture)

BOOST_AUTO_TEST_CASE(csv_neutralises_formulas) {
  std::string csv = write("csv");
  BOOST_TEST(has(
      csv,
      "\"'=HYPERLINK(\"\"evil\"\") | pipe </script><!-- (s, 2025-01-01, javascript:alert(1))\""));
  BOOST_TEST(has(csv, ",'=SUM(A1),"));
}

BOOST_AUTO_TEST_CASE(markdown_escapes_pipes) {
  std::string md = write("md");
  BOOST_TEST(has(md, "## C \\| &lt;script&gt;alert(1)&lt;/script&gt; & \"co\" \u2014 T &lt;b&gt;"));
  BOOST_TEST(has(md, "| fw/a | A \\| &lt;i&gt;x&lt;/i&gt; | partial |"));
}

BOOST_AUTO_TEST_CASE(html_escapes_text_attributes_and_script_data) {
  std::string html = write("html");
  BOOST_TEST(!has(html, "<script>alert"));
  BOOST_TEST(!has(html, "<i>x"));
  // Input text reaches the page only inside JSON blocks, with < > & as \u escapes.
  BOOST_TEST(
      has(html, R"("name":"C | \u003cscript\u003ealert(1)\u003c/script\u003e \u0026 \"co\"")"));
  BOOST_TEST(has(html, R"([0,"a","fw/a","A | \u003ci\u003ex\u003c/i\u003e",0,1,0,[0]])"));
  BOOST_TEST(has(html, R"("=HYPERLINK(\"evil\") | pipe \u003c/script\u003e\u003c!--"])"));
  // The only </script> and <!-- are the page's own: the workspace's tables, the company's
  // summary and whole blocks, the run's summary line and the script.
  std::size_t closes = 0;
  for (auto at = html.find("</script"); at != std::string::npos; at = html.find("</script", at + 1))
    ++closes;
  BOOST_TEST(closes == 5u);
  BOOST_TEST(!has(html, "<!--"));
  BOOST_TEST(!has(html, "http:"));  // nothing to fetch
  BOOST_TEST(!has(html, "https:"));
}

BOOST_AUTO_TEST_CASE(html_is_deterministic) {
  BOOST_TEST(write("html") == write("html"));
}

BOOST_AUTO_TEST_CASE(junit_escapes_and_fails_by_level) {
  std::string xml = write("junit");
  BOOST_TEST(
      has(xml, "<testsuite name=\"c\" tests=\"2\" failures=\"2\" errors=\"0\" skipped=\"0\">"));
  BOOST_TEST(has(xml, "<testcase name=\"fw/a: A | &lt;i&gt;x&lt;/i&gt;\" classname=\"c.fw\">"));
  BOOST_TEST(has(xml, "evidence: =HYPERLINK(&quot;evil&quot;) | pipe &lt;/script&gt;&lt;!--"));
  BOOST_TEST(has(write("junit", report::FailOn::kGap), "failures=\"1\""));  // only fw/b is a gap
}

BOOST_AUTO_TEST_CASE(sarif_results_and_fingerprints) {
  auto parsed = report::parse_json(write("sarif"));
  BOOST_REQUIRE(parsed.value);
  const auto results = (*parsed.value)["runs"].items()[0]["results"].items();
  BOOST_REQUIRE(results.size() == 2u);
  BOOST_TEST(results[0]["ruleId"].str() == "ra");
  BOOST_TEST(results[0]["level"].str() == "error");  // high severity
  BOOST_TEST(results[1]["level"].str() == "warning");
  BOOST_TEST(
      results[0]["locations"].items()[0]["physicalLocation"]["artifactLocation"]["uri"].str() ==
      "rules.yaml");
  BOOST_TEST(results[0]["relatedLocations"]
                 .items()[0]["physicalLocation"]["artifactLocation"]["uri"]
                 .str() == "c.yaml");
  BOOST_TEST(results[0]["partialFingerprints"]["ungapFinding/v1"].str() ==
             util::sha256_hex("c|fw/a|ra"));
  BOOST_TEST(results[0]["properties"]["status"].str() == "partial");
}

BOOST_AUTO_TEST_CASE(json_inputs_have_kinds) {
  auto parsed = report::parse_json(write("json"));
  BOOST_REQUIRE(parsed.value);
  std::map<std::string, std::string> kinds;
  for (const auto& in : (*parsed.value)["inputs"].items())
    kinds[in["path"].str()] = in["kind"].str();
  BOOST_TEST(kinds["fw.yaml"] == "framework");
  BOOST_TEST(kinds["rules.yaml"] == "rules");
  BOOST_TEST(kinds["c.yaml"] == "statements");
}

// The encoder's notes on a cited claim and its source are in the report beside the quote, where
// a reader checks how the evidence was read, and the company's (what its evidence leaves out)
// with the company; none is written when the statements give none.
BOOST_AUTO_TEST_CASE(json_claims_carry_their_notes) {
  test::Workspace noted{{{"fw.yaml", kFramework},
                         {"rules.yaml", kRules},
                         {"c.yaml", R"Y(company: {id: c, note: "Pages not read: none."}
sources:
  - {id: s, title: S, date: 2025-01-01, note: "Read in a copy."}
  - {id: t, title: T, date: 2025-01-01}
claims:
  - {id: k, source: s, kind: process, topics: [x], quote: "we do x", note: "Quoted by a paper."}
  - {id: k2, source: t, kind: process, topics: [y]}
)Y"}}};
  engine::Results r;
  r.as_of = *util::parse_date("2025-12-01");
  r.companies.push_back(noted.evaluate("c", "2025-12-01"));
  r.companies.back().company = 0;
  report::Run run{noted.ws(), r, {0}};
  std::string text = report::find_format("json")->write(run, {false, {}});
  auto parsed = report::parse_json(text);
  BOOST_REQUIRE(parsed.value);
  auto company = (*parsed.value)["companies"].items()[0];
  BOOST_TEST(company["note"].str() == "Pages not read: none.");
  auto claims = company["claims"];
  BOOST_TEST(claims["k"]["note"].str() == "Quoted by a paper.");
  BOOST_TEST(claims["k"]["source"]["note"].str() == "Read in a copy.");
  BOOST_TEST(claims["k2"]["source"]["id"].str() == "t");
  std::size_t notes = 0;
  for (auto at = text.find("\"note\""); at != std::string::npos; at = text.find("\"note\"", at + 1))
    ++notes;
  BOOST_TEST(notes == 3u);  // c's, k's and s's: none for k2 or t
}

BOOST_AUTO_TEST_CASE(baseline_by_fingerprint) {
  std::string error;
  auto parsed = report::parse_json(write("json"));
  auto record = report::read_report(parsed.value->root(), error);
  BOOST_REQUIRE(record);
  report::Run run{ws.ws(), results, {0}};
  report::ReportRecord now;
  now.verdicts = report::run_verdicts(run);
  auto same = report::compare_with_baseline(now, *record, report::FailOn::kPartial);
  BOOST_TEST(same.fresh.empty());
  BOOST_TEST(same.known == 2u);
  // The baseline knew only fw/b: fw/a is new. Had it known a fixed one, it would be listed.
  record->verdicts.erase(record->verdicts.begin());
  auto cmp = report::compare_with_baseline(now, *record, report::FailOn::kPartial);
  BOOST_REQUIRE(cmp.fresh.size() == 1u);
  BOOST_TEST(cmp.fresh.front().name == "c|fw/a|ra");
  record->verdicts.front().status = "gap";
  record->verdicts.front().rules.front().status = "gap";
  now.verdicts.back().status = "met";
  now.verdicts.back().rules.front().status = "met";
  BOOST_TEST(report::compare_with_baseline(now, *record, report::FailOn::kGap).fixed.front().name ==
             "c|fw/b|rb");
}

BOOST_AUTO_TEST_SUITE_END()
