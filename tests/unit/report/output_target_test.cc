// Where a report may be written: into a folder that exists, never over an input nor to a .yaml
// the next run would load; each refusal as the message users see.
#include "report/output_target.h"

#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"

using namespace ungap;

namespace {

// A workspace on disk, so that its inputs are files an output could be written over.
struct Fixture {
  test::Workspace ws;
  std::filesystem::path root;

  Fixture() {
    ws.write("frameworks/fw.yaml", test::framework_a("fw"));
    ws.on_disk();
    ws.lint();
    root = std::filesystem::path(ws.ws().inputs.at(0).real_path).parent_path().parent_path();
  }
  std::string at(const std::string& rel) const { return (root / rel).string(); }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(output_target, Fixture)

BOOST_AUTO_TEST_CASE(standard_output_may_always_be_written) {
  for (const char* out : {"", "-"}) {
    BOOST_TEST(report::output_folder_problem(out) == "");
    BOOST_TEST(report::output_over_input(out, ws.ws()) == "");
  }
}

BOOST_AUTO_TEST_CASE(the_folder_must_exist_and_be_a_folder) {
  BOOST_TEST(report::output_folder_problem("r.json") == "");
  BOOST_TEST(report::output_folder_problem(at("r.json")) == "");
  BOOST_TEST(report::output_folder_problem(at("nowhere/r.json")) ==
             "cannot write -o " + at("nowhere/r.json") + ": the folder " + at("nowhere") +
                 " does not exist");
  BOOST_TEST(report::output_folder_problem(at("frameworks/fw.yaml/r.json")) ==
             "cannot write -o " + at("frameworks/fw.yaml/r.json") + ": " +
                 at("frameworks/fw.yaml") + " is not a folder");
}

BOOST_AUTO_TEST_CASE(an_input_or_a_yaml_the_next_run_loads_is_refused) {
  BOOST_TEST(report::output_over_input(at("frameworks/fw.yaml"), ws.ws()) ==
             "refusing to write the report over an input file: " + at("frameworks/fw.yaml"));
  BOOST_TEST(report::output_over_input(at("frameworks/new.yaml"), ws.ws()) ==
             "refusing to write the report to " + at("frameworks/new.yaml") +
                 ": a .yaml file there would be loaded as an input by the next run");
  BOOST_TEST(report::output_over_input(at("frameworks/report.json"), ws.ws()) == "");
}

BOOST_AUTO_TEST_CASE(two_spellings_of_one_file_are_the_same) {
  BOOST_TEST(report::same_file(at("r.json"), at("frameworks/../r.json")));
  BOOST_TEST(!report::same_file(at("r.json"), at("s.json")));
  BOOST_TEST(!report::same_file("-", "-"));
  BOOST_TEST(!report::same_file("", at("r.json")));
}

BOOST_AUTO_TEST_SUITE_END()
