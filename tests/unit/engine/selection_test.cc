// What a run works on: the part of a workspace the paths asked for, and the frameworks,
// companies and obligations named by id, each unknown id with the message users see.
#include "engine/selection.h"

#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"

using namespace ungap;

namespace {

const char* kRules = R"Y(rules: [{id: ra, checks: [fw/a], elements: [{id: e, match: "true"}]}]
)Y";

// acme's statements are split over two files: its sources, and these claims.
const char* kAcmeClaims = R"Y(company: {id: acme, name: N}
claims:
  - {id: k, source: s, kind: process, topics: [x], summary: X}
)Y";

using Lines = std::vector<std::string>;

struct Fixture {
  test::Workspace ws{{{"frameworks/fw.yaml", test::kFrameworkAB},
                      {"frameworks/other.yaml", test::framework_a("other")},
                      {"rules/fw.yaml", kRules},
                      {"statements/acme/sources.yaml", test::company("acme", 0)},
                      {"statements/acme/claims.yaml", kAcmeClaims}}};

  engine::Selection part(const std::string& prefix) const {
    return engine::Selection(
        ws.ws(), [&](const model::InputFile& in) { return in.path.starts_with(prefix); });
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(selection, Fixture)

BOOST_AUTO_TEST_CASE(everything_by_default) {
  engine::Selection all;
  BOOST_TEST(all.all());
  BOOST_TEST(!all.none());
  BOOST_TEST(all.has(ws.ws().frameworks[0].loc));
  BOOST_TEST(all.companies(ws.ws()).empty());
  BOOST_TEST(all.frameworks(ws.ws()).empty());
  BOOST_TEST(all.nothing_under(ws.ws(), ".") == "");
}

BOOST_AUTO_TEST_CASE(a_company_is_asked_for_by_any_of_its_files) {
  auto sel = part("statements/acme/claims");
  BOOST_TEST(!sel.all());
  BOOST_TEST(sel.companies(ws.ws()) == Lines{"acme"}, boost::test_tools::per_element());
  BOOST_TEST(!sel.has(ws.ws().frameworks[0].loc));
  // No framework file given: the frameworks of no rule given either.
  BOOST_TEST(sel.frameworks(ws.ws()).empty());
}

BOOST_AUTO_TEST_CASE(frameworks_are_those_given_else_those_the_rules_given_check) {
  BOOST_TEST(part("frameworks/other").frameworks(ws.ws()) == Lines{"other"},
             boost::test_tools::per_element());
  BOOST_TEST(part("rules/").frameworks(ws.ws()) == Lines{"fw"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_part_without_input_holds_nothing) {
  auto sel = part("elsewhere/");
  BOOST_TEST(sel.none());
  BOOST_TEST(sel.nothing_under(ws.ws(), "elsewhere") ==
             "no workspace file (*.yaml, *.yml) under elsewhere");
  test::Workspace empty{load::MemoryFiles{}};
  BOOST_TEST(engine::Selection().nothing_under(empty.ws(), "a b") ==
             "no workspace file (*.yaml, *.yml) under a b");
}

BOOST_AUTO_TEST_CASE(diagnostics_outside_the_part_are_dropped) {
  util::SourceFile rules("rules/fw.yaml", ""), outside("notes/x.yaml", "");
  std::vector<util::Diagnostic> ds(2);
  ds[0].loc.file = &rules;
  ds[1].loc.file = &outside;  // no input: a missing path, always shown
  BOOST_TEST(part("statements/").filter(ds).size() == 1u);
  BOOST_TEST(part("rules/").filter(ds).size() == 2u);
}

BOOST_AUTO_TEST_CASE(unknown_ids_are_named_with_a_suggestion) {
  Lines problems;
  BOOST_TEST(engine::named_frameworks(ws.ws(), {}, problems) == std::vector<int>({0, 1}),
             boost::test_tools::per_element());
  BOOST_TEST(engine::named_frameworks(ws.ws(), {"othr", "fw"}, problems) == std::vector<int>{0},
             boost::test_tools::per_element());
  engine::check_company_ids(ws.ws(), {"acme", "acne"}, problems);
  auto ref = engine::named_obligation(ws.ws(), "fw/c", problems);
  BOOST_TEST(!ref.valid());
  BOOST_TEST(engine::named_obligation(ws.ws(), "other/a", problems).framework == 1);
  BOOST_TEST(problems == Lines({"unknown framework 'othr' (did you mean 'other'?)",
                                "unknown company 'acne' (did you mean 'acme'?)",
                                "unknown obligation 'fw/c' (did you mean 'fw/a'?)"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
