// `ungap init` and `ungap new`: which templates a new workspace gets, and the skeletons filled
// in at their paths, or the message for an id that is not one.
#include "report/new_files.h"

#include <boost/test/unit_test.hpp>

using namespace ungap;

namespace {

const std::vector<report::Template> kTemplates{
    {"from/statements/README.md", "companies go here\n"},
    {"new/company.yaml", "company: {id: {{company}}}\n"},
    {"new/rule.test.yaml", "# tests {{rule}} in {{rule_file}}\n"},
    {"new/rule.yaml", "rules:\n  - {id: {{rule}}, checks: [{{obligation}}]}  # {{test_file}}\n"},
    {"workspace/.github/workflows/ungap.yml", "ci\n"},
    {"workspace/frameworks/fw.yaml", "fw\n"},
    {"workspace/rules/fw/a.yaml", "rule\n"},
    {"workspace/statements/acme.yaml", "acme\n"},
    {"workspace/ungap.yaml", "paths: [frameworks]\n"},
    {"workspace/vocabulary.yaml", "vocabulary\n"}};

std::vector<std::string> paths(const std::vector<report::NewFile>& files) {
  std::vector<std::string> out;
  for (const auto& f : files) out.push_back(f.path);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(new_files)

BOOST_AUTO_TEST_CASE(init_writes_every_workspace_template) {
  std::vector<std::string> expected{
      ".github/workflows/ungap.yml", "frameworks/fw.yaml", "rules/fw/a.yaml",
      "statements/acme.yaml",        "ungap.yaml",         "vocabulary.yaml"};
  auto files = report::init_files(kTemplates, false);
  BOOST_TEST(paths(files) == expected, boost::test_tools::per_element());
  BOOST_TEST(files[4].content == "paths: [frameworks]\n");
}

BOOST_AUTO_TEST_CASE(init_from_a_workspace_leaves_out_the_examples) {
  std::vector<std::string> expected{"statements/README.md", ".github/workflows/ungap.yml"};
  BOOST_TEST(paths(report::init_files(kTemplates, true)) == expected,
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_company_skeleton_under_statements) {
  auto plan = report::new_files("company", "acme-corp", kTemplates);
  BOOST_TEST(plan.error == "");
  BOOST_TEST_REQUIRE(plan.files.size() == 1u);
  BOOST_TEST(plan.files[0].path == "statements/acme-corp/statements.yaml");
  BOOST_TEST(plan.files[0].content == "company: {id: acme-corp}\n");
}

BOOST_AUTO_TEST_CASE(a_rule_and_its_tests_under_the_framework) {
  auto plan = report::new_files("rule", "ungp/15.a", kTemplates);
  BOOST_TEST(plan.error == "");
  BOOST_TEST_REQUIRE(plan.files.size() == 2u);
  BOOST_TEST(plan.files[0].path == "rules/ungp/15.a.yaml");
  BOOST_TEST(plan.files[0].content ==
             "rules:\n  - {id: ungp-15-a, checks: [ungp/15.a]}  # rules/ungp/15.a.test.yaml\n");
  BOOST_TEST(plan.files[1].path == "rules/ungp/15.a.test.yaml");
  BOOST_TEST(plan.files[1].content == "# tests ungp-15-a in rules/ungp/15.a.yaml\n");
}

BOOST_AUTO_TEST_CASE(ids_that_are_not_ids_are_refused_with_the_form_expected) {
  BOOST_TEST(report::new_files("company", "Acme", kTemplates).error ==
             "'Acme' is not a company id ([a-z0-9][a-z0-9._-]*)");
  BOOST_TEST(report::new_files("company", "", kTemplates).error ==
             "'' is not a company id ([a-z0-9][a-z0-9._-]*)");
  for (const char* id : {"ungp", "ungp/", "/15.a", "ungp/-a", "UNGP/15"})
    BOOST_TEST(report::new_files("rule", id, kTemplates).error ==
                   "'" + std::string(id) +
                       "' is not an obligation id: FRAMEWORK/OBLIGATION, e.g. ungp/15.a",
               id);
  BOOST_TEST(report::new_files("rule", "ungp/15.a", kTemplates).files.size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
