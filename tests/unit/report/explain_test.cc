// explain of a verdict carried over mappings shows each source's verdict, what it counts for,
// and the claims it rests on, so the carried score can be recomputed.
#include "report/explain.h"

#include <boost/test/unit_test.hpp>

#include "../engine/fixture.h"

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
