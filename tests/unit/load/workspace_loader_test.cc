// A workspace held in memory loads as the same files on disk do: same diagnostics, same inputs
// and kinds; what only a folder has (a snapshot) is an error, not skipped.
#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"

using ungap::test::Lines;

namespace {

const ungap::load::MemoryFiles kFiles = {
    {"fw.yaml",
     "framework: {id: fw, title: F}\nobligations:\n  - {id: a, title: A}\n  - {id: a, title: B}\n"},
    {"rules.yaml",
     "rules:\n  - {id: r, checks: [fw/a, fw/zz], elements: [{id: e, match: \"'x' in "
     "claim.topics\"}]}\n"},
    {"co/acme.yaml",
     "company: {id: acme}\nsources:\n  - {id: s, date: 2025-01-01}\nclaims:\n"
     "  - {id: k, source: s, kind: process, topics: [x]}\n"}};

std::vector<std::string> inputs(const ungap::model::Workspace& ws) {
  std::vector<std::string> out;
  for (const auto& in : ws.inputs)
    out.push_back(in.path + " " + std::string(in.kind) + " " + in.sha256);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(workspace_loader)

BOOST_AUTO_TEST_CASE(memory_and_disk_load_alike) {
  ungap::test::Workspace memory, disk;
  disk.on_disk();
  for (const auto& [name, text] : kFiles) {
    memory.write(name, text);
    disk.write(name, text);
  }
  Lines expected{
      "fw.yaml:4:5: error: duplicate obligation id 'a' (first defined at fw.yaml:3:5) "
      "[duplicate-id]",
      "rules.yaml:2:28: error: rule 'r' refers to unknown obligation 'fw/zz' (did you mean "
      "'fw/a'?) [dangling-ref]"};
  BOOST_TEST(memory.lint() == expected, boost::test_tools::per_element());
  BOOST_TEST(disk.lint() == expected, boost::test_tools::per_element());
  BOOST_TEST(inputs(memory.ws()) == inputs(disk.ws()), boost::test_tools::per_element());
  BOOST_TEST(inputs(memory.ws()).size() == 3u);
  BOOST_TEST(memory.ws().companies.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_snapshot_is_not_looked_for_in_memory) {
  ungap::test::Workspace f;
  Lines d = f.lint_one("acme.yaml",
                       "company: {id: acme}\nsources:\n"
                       "  - {id: s, date: 2025-01-01, text: s.txt}\nclaims: []\n");
  BOOST_TEST(d == (Lines{"acme.yaml:3:37: error: cannot read source snapshot 's.txt': the "
                         "workspace is held in memory [missing-snapshot]"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
