// The matrix layout: companies side by side, ranked by score (ties by gaps, met, then id),
// with the totals every layout shows, and cells that say status, score and flags.
#include "report/matrix.h"

#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"
#include "report/writers.h"

using namespace ungap;

namespace {

const char* kFramework = R"Y(framework: {id: fw, title: Framework}
obligations:
  - id: p
    title: Parent
    children:
      - {id: a, title: "A | a"}
      - {id: b, title: B}
  - {id: c, title: C, applies_when: "company.sectors.exists(s, s == 'cloud')"}
)Y";

const char* kRules = R"Y(rules:
  - id: ra
    checks: [fw/a]
    elements: [{id: e, match: "'x' in claim.topics"}]
  - id: rb
    checks: [fw/b]
    elements:
      - {id: e1, match: "'y' in claim.topics"}
      - {id: e2, match: "'z' in claim.topics"}
  - id: rc
    checks: [fw/c]
    elements: [{id: e, match: "'x' in claim.topics"}]
)Y";

std::string company(const std::string& id, const std::string& sectors, const std::string& topics) {
  return "company: {id: " + id + ", sectors: [" + sectors +
         "]}\nsources:\n  - {id: s, title: S, date: 2025-01-01}\nclaims:\n  - {id: k, source: "
         "s, kind: action, topics: [" +
         topics + "]}\n";
}

struct Fixture {
  test::Workspace ws{{{"fw.yaml", kFramework},
                      {"rules.yaml", kRules},
                      {"a-zed.yaml", company("zed", "cloud", "x, y")},
                      {"abe.yaml", company("abe", "cloud", "x, y")},
                      {"kit.yaml", company("kit", "retail", "q")}}};
  engine::Results results;
  Fixture() {
    results.as_of = *util::parse_date("2025-12-01");
    for (const char* id : {"abe", "kit", "zed"}) {
      results.companies.push_back(ws.evaluate(id, "2025-12-01"));
      results.companies.back().company =
          static_cast<int>(ws.ws().company(id) - &ws.ws().companies[0]);
    }
  }
  std::string write(std::string_view format) {
    report::Run run{ws.ws(), results, {0}};
    return report::write_streamed(report::matrix_stream(format), run, {});
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(report_matrix)

BOOST_AUTO_TEST_CASE(cells_say_status_score_and_flags) {
  report::MatrixCell cell{model::Status::kPartial, {}, 667};
  cell.flags.add(model::Flag::kContested);
  cell.flags.add(model::Flag::kDerived);
  BOOST_TEST(report::matrix_cell_code(cell) == "P 66.7 cd");
  BOOST_TEST(report::matrix_cell_code({model::Status::kMet, {}, 1000}) == "M 100");
  BOOST_TEST(report::matrix_cell_code({model::Status::kGap, {}, 0}) == "G 0");
  BOOST_TEST(report::matrix_cell_code({model::Status::kNotApplicable, {}, 0}) == "NA");
  BOOST_TEST(report::matrix_cell_code({model::Status::kNotAssessed, {}, 0}) == "--");
}

BOOST_AUTO_TEST_CASE(the_table_ranks_companies_and_ties_go_by_id) {
  Fixture f;
  // abe and zed tie on everything: abe first by id (zed is first in the workspace). kit's
  // only assessed parts are gaps.
  std::string want =
      "fw: Framework (3 companies, ranked by score)\n"
      "RANK  COMPANY  SCORE         MET  PARTIAL  GAP  N/A  NOT-ASSESSED  CONTESTED  OVERDUE\n"
      "1     abe      partial 87.5  2    2        0    0    0             0          0\n"
      "2     zed      partial 87.5  2    2        0    0    0             0          0\n"
      "3     kit      gap 0         0    0        3    1    0             0          0\n"
      "\n"
      "OBLIGATION  abe    zed    kit  TITLE\n"
      "fw/p        P 75   P 75   G 0  Parent\n"
      "fw/a        M 100  M 100  G 0  A | a\n"
      "fw/b        P 50   P 50   G 0  B\n"
      "fw/c        M 100  M 100  NA   C\n"
      "\n";
  std::string got = f.write("table");
  BOOST_TEST(got.substr(0, want.size()) == want);
  BOOST_TEST(got.find(report::kMatrixLegend) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(csv_keeps_workspace_order_and_adds_the_totals) {
  Fixture f;
  std::string want =
      "framework,obligation,title,weight,zed,abe,kit\r\n"
      "fw,fw/p,Parent,medium,partial 75,partial 75,gap 0\r\n"
      "fw,fw/a,A | a,medium,met 100,met 100,gap 0\r\n"
      "fw,fw/b,B,medium,partial 50,partial 50,gap 0\r\n"
      "fw,fw/c,C,medium,met 100,met 100,not-applicable\r\n"
      "fw,(rank),,,2,1,3\r\n"
      "fw,(score),,,partial 87.5,partial 87.5,gap 0\r\n"
      "fw,(met),,,2,2,0\r\n"
      "fw,(partial),,,2,2,0\r\n"
      "fw,(gap),,,0,0,3\r\n"
      "fw,(not-applicable),,,0,0,1\r\n"
      "fw,(not-assessed),,,0,0,0\r\n"
      "fw,(contested),,,0,0,0\r\n"
      "fw,(overdue),,,0,0,0\r\n";
  BOOST_TEST(f.write("csv") == want);
}

BOOST_AUTO_TEST_CASE(markdown_ends_with_each_company_s_summary) {
  Fixture f;
  std::string want =
      "## Summary \u2014 kit\n"
      "\n"
      "| Framework | Score | Met | Partial | Gap | Not applicable | Not assessed | Contested | "
      "Overdue |\n"
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
      "| fw | gap 0 | 0 | 0 | 3 | 1 | 0 | 0 | 0 |\n"
      "\n"
      "Worst gaps (3 of 3, worst first):\n"
      "\n"
      "- gap 0 fw/p: Parent (weight medium)\n"
      "- gap 0 fw/a: A \\| a (weight medium)\n"
      "- gap 0 fw/b: B (weight medium)\n"
      "\n"
      "Impacts: none recorded.\n"
      "\n";
  std::string md = f.write("md");
  BOOST_TEST(md.find("#" + want) != std::string::npos);  // under "## Companies"
  // The list layout's Markdown carries the same summary, after the company's tables.
  report::Run run{f.ws.ws(), f.results, {0}};
  BOOST_TEST(report::write_markdown(run, {}).find(want) != std::string::npos);
  BOOST_TEST(md.find("| 1 | abe | partial 87.5 | 2 | 2 | 0 | 0 | 0 | 0 | 0 |\n") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(only_table_md_and_csv_have_a_matrix) {
  BOOST_TEST(report::matrix_stream("json") == nullptr);
  BOOST_TEST(report::matrix_stream("html") == nullptr);
  BOOST_TEST(report::matrix_stream("md") != nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
