// The paths a command is given, before loading: a JSON report among them is one error naming
// it, and a run may read the workspace root, the folders named and the folders of files named.
#include "load/input_paths.h"

#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using ungap::load::confinement_roots;

namespace {

struct TempDir {
  fs::path dir = fs::temp_directory_path() / ("ungap-input-paths-" + std::to_string(getpid()));
  TempDir() { fs::create_directories(dir / "statements"); }
  ~TempDir() { fs::remove_all(dir); }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(dir / name) << text;
    return dir / name;
  }
};

std::vector<std::string> generic(const std::vector<fs::path>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) out.push_back(p.generic_string());
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(input_paths)

BOOST_AUTO_TEST_CASE(a_report_given_as_input_is_one_error_naming_it) {
  TempDir t;
  auto report = t.write("gaps.json", "  {\n  \"schema_version\": 3,\n  \"findings\": []\n}\n");
  auto yaml = t.write("acme.yaml", "company: {id: acme}\n");
  auto other_json = t.write("data.json", "{\"findings\": []}\n");
  ungap::model::Workspace ws;
  ungap::util::Diagnostics diags;
  BOOST_TEST(ungap::load::reports_given({yaml, report, other_json, t.dir}, ws, diags));
  auto sorted = diags.sorted();
  BOOST_TEST_REQUIRE(sorted.size() == 1u);
  BOOST_TEST(ungap::util::render_text(sorted[0]) ==
             report.generic_string() +
                 ": error: this is a JSON report written by ungap, not a workspace file: "
                 "compare two reports with `ungap diff OLD.json NEW.json`, or give it to "
                 "`ungap check --baseline` [report-as-input]\n");
}

BOOST_AUTO_TEST_CASE(workspace_files_are_not_reports) {
  TempDir t;
  auto yaml = t.write("acme.yaml", "schema_version: 1\n");
  ungap::model::Workspace ws;
  ungap::util::Diagnostics diags;
  BOOST_TEST(!ungap::load::reports_given({yaml, t.dir / "missing.json"}, ws, diags));
  BOOST_TEST(diags.sorted().empty());
}

BOOST_AUTO_TEST_CASE(roots_are_the_workspace_the_folders_and_the_folders_of_files) {
  TempDir t;
  auto file = t.write("statements/acme.yaml", "company: {id: acme}\n");
  fs::create_directory_symlink(t.dir / "statements", t.dir / "linked");
  std::vector<std::string> expected{"ws", (t.dir / "statements").generic_string(),
                                    (t.dir / "statements").generic_string(), ".",
                                    t.dir.generic_string()};
  BOOST_TEST(generic(confinement_roots({t.dir / "statements", file, "acme.yaml", t.dir / "linked"},
                                       "ws")) == expected,
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
