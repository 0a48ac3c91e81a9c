// The Markdown report's summary of a company: what its evidence covers (the company's note)
// before its totals, and each impact with its severity, period and note.
#include "report/company_summary.h"

#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"

using namespace ungap;

namespace {

const char* kFramework = R"(framework: {id: fw, title: FW}
obligations:
  - {id: a, title: A}
)";

const char* kRules = R"Y(rules:
  - id: ra
    checks: [fw/a]
    elements: [{id: e, match: "'x' in claim.topics"}]
)Y";

const char* kCompany = R"Y(company:
  id: c
  name: Co
  note: "Not encoded: the 2012 statement, since no public page of it was read."
sources: [{id: s, date: 2025-01-01}]
claims:
  - {id: k, source: s, kind: allegation, impacts: [harm]}
impacts:
  - id: harm
    title: "Harm | to people"
    note: No period is given.
    involvement: [{mode: contribute, claims: [k]}]
)Y";

}  // namespace

BOOST_AUTO_TEST_SUITE(company_summary)

BOOST_AUTO_TEST_CASE(the_company_note_comes_first_and_each_impact_keeps_its_note) {
  test::Workspace w{{{"fw.yaml", kFramework}, {"rules.yaml", kRules}, {"c.yaml", kCompany}}};
  model::CompanyResult cr = w.evaluate("c", "2025-12-01");
  cr.company = 0;
  std::string md = report::company_summary_markdown(w.ws(), {0}, cr, "##");
  std::string head =
      "## Summary \u2014 Co\n"
      "\n"
      "Note: Not encoded: the 2012 statement, since no public page of it was read.\n"
      "\n"
      "| Framework |";
  BOOST_TEST(md.substr(0, head.size()) == head, md);
  BOOST_TEST(md.find("Impacts:\n\n- harm: Harm \\| to people (severity not given). Note: No period "
                     "is given.\n") != std::string::npos,
             md);
}

BOOST_AUTO_TEST_SUITE_END()
