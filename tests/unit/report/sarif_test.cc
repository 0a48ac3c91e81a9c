// Check's SARIF log: compact, and each claim behind a result once among its related locations.
#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"
#include "report/writers.h"

using namespace ungap;

namespace {

const char* kFramework = R"(framework: {id: fw, title: T}
obligations:
  - {id: a, title: A, severity: medium}
)";

// Both elements and the contesting one match the same claim.
const char* kRules = R"Y(rules:
  - id: ra
    title: Rule A
    checks: [fw/a]
    elements:
      - {id: e1, match: "'x' in claim.topics"}
      - {id: e2, match: "'x' in claim.topics", min: 2}
    contested_by:
      - {id: c, match: "'x' in claim.topics"}
)Y";

const char* kCompany = R"Y(company: {id: co, name: Co}
sources:
  - {id: s, title: S, publisher: P, date: 2025-01-01}
claims:
  - {id: k, source: s, kind: process, topics: [x]}
)Y";

std::string write_sarif() {
  test::Workspace ws{{{"fw.yaml", kFramework}, {"rules.yaml", kRules}, {"co.yaml", kCompany}}};
  engine::Results results;
  results.as_of = *util::parse_date("2025-12-01");
  results.companies.push_back(ws.evaluate("co", "2025-12-01"));
  results.companies.back().company = 0;
  report::Run run{ws.ws(), results, {0}};
  return report::find_format("sarif")->write(run, {false, report::FailOn::kNever});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sarif_log)

BOOST_AUTO_TEST_CASE(a_claim_cited_twice_is_one_related_location) {
  std::string text = write_sarif();
  auto at = text.find("\"relatedLocations\"");
  BOOST_REQUIRE(at != std::string::npos);
  // Cited by e1 and e2 (once each way: supporting, contesting), numbered from 0 without gaps.
  BOOST_TEST(
      text.substr(at, text.find("\"partialFingerprints\"") - at) ==
      R"("relatedLocations":[{"id":0,"physicalLocation":{"artifactLocation":{"uri":"co.yaml",)"
      R"("uriBaseId":"%SRCROOT%"},"region":{"startLine":5,"startColumn":5}},"message":{"text":)"
      R"("claim k"}},{"id":1,"physicalLocation":{"artifactLocation":{"uri":"co.yaml",)"
      R"("uriBaseId":"%SRCROOT%"},"region":{"startLine":5,"startColumn":5}},"message":{"text":)"
      R"("contested by claim k"}}],)");
}

BOOST_AUTO_TEST_CASE(the_log_is_one_line) {
  std::string text = write_sarif();
  BOOST_TEST(text.starts_with(
      R"({"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[)"));
  BOOST_TEST(text.find('\n') == text.size() - 1);
  BOOST_TEST(text.ends_with(R"("flags":["contested"]}}]}]}
)"));
}

BOOST_AUTO_TEST_SUITE_END()
