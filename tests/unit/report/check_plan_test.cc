// What `ungap check` decides before it evaluates: what to check, the options that do not go
// together, the baseline, the work limit and the output, each refusal as the line users see.
#include "report/check_plan.h"

#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "../workspace_fixture.h"

using namespace ungap;

namespace {

// Two elements, for the work limit.
const char* kRules = R"Y(rules:
  - {id: ra, checks: [fw/a], elements: [{id: e1, match: "true"}, {id: e2, match: "false"}]}
)Y";

// Selects the inputs named.
engine::Selection part(const model::Workspace& ws, std::vector<std::string> names) {
  return engine::Selection(ws, [names](const model::InputFile& in) {
    return std::find(names.begin(), names.end(), in.path) != names.end();
  });
}

struct Fixture {
  // Nothing assesses `lonely`: no rule checks it and no mapping leads to it.
  test::Workspace ws{{{"fw.yaml", test::kFrameworkAB},
                      {"lonely.yaml", test::framework_a("lonely")},
                      {"rules.yaml", kRules},
                      {"statements/acme.yaml", test::company("acme", 2)},
                      {"statements/beta.yaml", test::company("beta", 1)}}};
  report::CheckRequest r;
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("ungap-check-plan-" + std::to_string(::getpid()));

  Fixture() {
    r.format = "table";
    r.as_of = *util::parse_date("2025-12-01");
    std::filesystem::create_directories(dir);
  }
  ~Fixture() { std::filesystem::remove_all(dir); }

  std::vector<std::string> plan(const engine::Selection& sel = {}) {
    return report::plan_check(ws.ws(), sel, r).problems;
  }
  std::vector<std::string> settle() {
    auto p = report::plan_check(ws.ws(), {}, r);
    report::settle_check(ws.ws(), r, p);
    return p.problems;
  }
  std::string file(const std::string& name, const std::string& text) {
    std::ofstream((dir / name).string(), std::ios::binary) << text;
    return (dir / name).string();
  }
};

using Lines = std::vector<std::string>;

}  // namespace

BOOST_FIXTURE_TEST_SUITE(check_plan, Fixture)

BOOST_AUTO_TEST_CASE(a_workspace_with_nothing_to_check_is_refused) {
  test::Workspace bare{{{"fw.yaml", test::kFrameworkAB}}};
  BOOST_TEST(report::plan_check(bare.ws(), {}, r).problems ==
                 Lines{"ungap: error: nothing to check under .: no company and no rule was found"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_whole_workspace_checks_every_framework_and_company) {
  auto p = report::plan_check(ws.ws(), {}, r);
  BOOST_TEST(p.ok());
  BOOST_TEST(p.frameworks == std::vector<int>({0, 1}), boost::test_tools::per_element());
  BOOST_TEST(p.companies.empty());
}

BOOST_AUTO_TEST_CASE(part_of_a_workspace_narrows_to_its_companies_and_frameworks) {
  r.paths = "statements/acme.yaml rules.yaml";
  auto p = report::plan_check(ws.ws(), part(ws.ws(), {"statements/acme.yaml", "rules.yaml"}), r);
  BOOST_TEST(p.ok());
  BOOST_TEST(p.companies == Lines{"acme"}, boost::test_tools::per_element());
  BOOST_TEST(p.frameworks == std::vector<int>{0}, boost::test_tools::per_element());  // ra's
}

BOOST_AUTO_TEST_CASE(part_holding_nothing_or_not_the_company_named_is_refused) {
  r.paths = "elsewhere";
  BOOST_TEST(
      plan(part(ws.ws(), {})) ==
          Lines{"ungap: error: nothing to check under elsewhere: it holds no workspace file"},
      boost::test_tools::per_element());
  r.paths = "statements/acme.yaml";
  r.companies = {"beta"};
  BOOST_TEST(plan(part(ws.ws(), {"statements/acme.yaml"})) ==
                 Lines{"ungap: error: --company beta selects nothing: its statements are not "
                       "under statements/acme.yaml"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(every_unknown_framework_is_named_before_any_company) {
  r.frameworks = {"fww", "zzzzzz"};
  r.companies = {"acm"};
  BOOST_TEST(plan() == Lines({"ungap: error: unknown framework 'fww' (did you mean 'fw'?)",
                              "ungap: error: unknown framework 'zzzzzz'"}),
             boost::test_tools::per_element());
  r.frameworks = {};
  r.companies = {"acm", "bet"};
  BOOST_TEST(plan() == Lines({"ungap: error: unknown company 'acm' (did you mean 'acme'?)",
                              "ungap: error: unknown company 'bet' (did you mean 'beta'?)"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_framework_nothing_assesses_is_refused) {
  r.frameworks = {"lonely"};
  BOOST_TEST(
      plan() == Lines{"ungap: error: --framework lonely selects nothing to assess: no rule checks "
                      "it and no mapping leads to it"},
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(options_that_do_not_go_together_are_refused_in_order) {
  r.baseline = (dir / "r.json").string();
  r.output = (dir / "." / "r.json").string();
  r.group_by = "impact";
  r.format = "sarif";
  BOOST_TEST(settle() == Lines{"ungap: error: refusing to write the report over its --baseline " +
                               r.baseline},
             boost::test_tools::per_element());
  r.baseline.clear();
  BOOST_TEST(settle() == Lines{"ungap: --group-by works with --format table, md, csv, json, html "
                               "or xlsx, not sarif"},
             boost::test_tools::per_element());
  r.format = "md";
  r.matrix = true;
  BOOST_TEST(settle() == Lines{"ungap: error: --layout matrix shows each company's verdicts side "
                               "by side and --group-by each impact's verdicts by group: use one "
                               "or the other"},
             boost::test_tools::per_element());
  r.group_by.clear();
  r.format = "json";
  BOOST_TEST(
      settle() == Lines{"ungap: error: --layout matrix works with --format table, md or csv, not "
                        "json"},
      boost::test_tools::per_element());
  r.format = "csv";
  BOOST_TEST(settle().empty());
}

BOOST_AUTO_TEST_CASE(the_baseline_is_read_and_defaults_the_level_to_gap) {
  r.baseline = file("bad.json", "{}");
  BOOST_TEST(settle() == Lines{"ungap: --baseline " + r.baseline +
                               ": not an ungap JSON report (schema_version 1 or 2)"},
             boost::test_tools::per_element());
  r.baseline = file("old.json", R"({"schema_version": 2, "as_of": "2025-01-01", "companies": []})");
  auto p = report::plan_check(ws.ws(), {}, r);
  report::settle_check(ws.ws(), r, p);
  BOOST_TEST(p.ok());
  auto run = p.run_options(r, true);
  BOOST_REQUIRE(run.baseline);
  BOOST_TEST(run.baseline->as_of == "2025-01-01");
  BOOST_TEST((run.fail_on == report::FailOn::kGap));
  BOOST_TEST(run.color);
  r.fail_on = report::FailOn::kPartial;
  BOOST_TEST((p.run_options(r, false).fail_on == report::FailOn::kPartial));
}

BOOST_AUTO_TEST_CASE(without_a_baseline_nothing_fails_unless_asked) {
  auto p = report::plan_check(ws.ws(), {}, r);
  report::settle_check(ws.ws(), r, p);
  auto run = p.run_options(r, false);
  BOOST_TEST(!run.baseline);
  BOOST_TEST((run.fail_on == report::FailOn::kNever));
  BOOST_TEST(run.frameworks == std::vector<int>({0, 1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_run_over_the_work_limit_is_refused_with_its_figures) {
  r.max_work = 5;  // 3 claims x 2 elements
  BOOST_TEST(
      settle() == Lines{"ungap: error: this run would make up to 6 element x claim evaluations (3 "
                        "claims of 2 companies x 2 rule elements), more than the limit of 5 "
                        "(--max-work); select companies with --company or raise --max-work (0: no "
                        "limit)"},
      boost::test_tools::per_element());
  r.companies = {"beta"};  // 1 claim x 2 elements
  BOOST_TEST(settle().empty());
}

BOOST_AUTO_TEST_SUITE_END()
