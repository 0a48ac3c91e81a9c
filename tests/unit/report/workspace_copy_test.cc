// `ungap init --from`: the files a new workspace takes from a loaded one.
#include "report/workspace_copy.h"

#include <boost/test/unit_test.hpp>
#include <map>

#include "../workspace_fixture.h"

using namespace ungap;

namespace {

const char* kFramework = "framework: {id: fw, title: T}\nobligations:\n  - {id: a, title: A}\n";
const char* kRules = "rules:\n  - {id: ra, checks: [fw/a], elements: [{id: e, match: \"true\"}]}\n";
const char* kCompany = "company: {id: acme, name: Acme}\n";

std::map<std::string, std::string> by_path(const report::WorkspaceCopy& copy) {
  std::map<std::string, std::string> out;
  for (const auto& f : copy.files) out[f.path] = f.content;
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(workspace_copy)

BOOST_AUTO_TEST_CASE(frameworks_and_rules_but_no_company) {
  test::Workspace ws{{{"frameworks/fw.yaml", kFramework},
                      {"rules/fw/./ra.yaml", kRules},
                      {"statements/acme.yaml", kCompany}}};
  auto copy = report::copy_definitions(ws.ws(), "/data/our-rules");
  BOOST_TEST(copy.problem == "");
  auto files = by_path(copy);
  BOOST_TEST(files.size() == 3u);
  BOOST_TEST(files["frameworks/fw.yaml"] == kFramework);
  BOOST_TEST(files["rules/fw/ra.yaml"] == kRules);
  BOOST_TEST(files["ungap.yaml"] ==
             "# The workspace: `ungap lint`, `ungap test` and `ungap check` run here load these "
             "folders.\ndescription: Frameworks and rules copied from our-rules; no companies "
             "yet.\npaths: [frameworks, rules, statements]\n");
}

BOOST_AUTO_TEST_CASE(a_folder_named_with_a_trailing_slash_is_named_as_without) {
  test::Workspace ws{{{"frameworks/fw.yaml", kFramework}}};
  for (const char* from : {"/data/our-rules/", "/data/our-rules//", "/data/our-rules/."})
    BOOST_TEST(by_path(report::copy_definitions(ws.ws(), from))["ungap.yaml"] ==
                   "# The workspace: `ungap lint`, `ungap test` and `ungap check` run here load "
                   "these folders.\ndescription: Frameworks and rules copied from our-rules; no "
                   "companies yet.\npaths: [frameworks, statements]\n",
               from);
}

BOOST_AUTO_TEST_CASE(a_file_outside_the_workspace_is_left_to_copy_by_hand) {
  test::Workspace ws{{{"../common-fw.yaml", kFramework}, {"rules.yaml", kRules}}};
  auto copy = report::copy_definitions(ws.ws(), "ours");
  BOOST_TEST(copy.files.empty());
  BOOST_TEST(copy.problem == "../common-fw.yaml is outside ours; copy it by hand");
}

BOOST_AUTO_TEST_SUITE_END()
