// `ungap list`: each listing's rows as printed, over the whole workspace or the part asked for,
// and why the vocabulary cannot answer.
#include "report/listing.h"

#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"

using namespace ungap;

namespace {

const char* kFramework = R"(framework: {id: fw, title: Test}
obligations:
  - id: a
    title: Parent
    children:
      - {id: a1, title: Child, severity: high}
  - {id: b, title: Not here, assessable: false}
)";

const char* kRules = R"Y(rules:
  - id: ra
    title: Checks a1
    checks: [fw/a1]
    elements: [{id: e, match: "true"}, {id: f, match: "true"}]
)Y";

const char* kCompany = R"Y(company: {id: acme, name: Acme Corp}
sources:
  - {id: s, title: S, publisher: P, date: 2025-01-01, url: "https://example.org/s"}
claims:
  - {id: k, source: s, kind: process, topics: [x], summary: X}
)Y";

const char* kVocabulary = R"(vocabulary: {title: Words}
topics:
  - {id: x, definition: "The x,
      on two lines."}
  - {id: y, group: Ys, definition: Why.}
)";

struct Fixture {
  test::Workspace ws{{{"fw.yaml", kFramework},
                      {"rules/ra.yaml", kRules},
                      {"statements/acme.yaml", kCompany},
                      {"vocabulary.yaml", kVocabulary}}};

  std::string list(const std::string& what, const engine::Selection& sel = {}) {
    auto listing = report::list_workspace(ws.ws(), sel, what);
    BOOST_TEST(listing.problem == "");
    return listing.text;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(listing, Fixture)

BOOST_AUTO_TEST_CASE(what_the_workspace_holds) {
  BOOST_TEST(list("frameworks") ==
             "ID  OBLIGATIONS  TITLE\n"
             "fw  3            Test\n");
  BOOST_TEST(list("obligations") ==
             "ID     WEIGHT  ASSESSED  TITLE\n"
             "fw/a   medium  parent    Parent\n"
             "fw/a1  high    yes         Child\n"
             "fw/b   medium  no        Not here\n");
  BOOST_TEST(list("companies") ==
             "ID    SOURCES  CLAIMS  NAME\n"
             "acme  1        1       Acme Corp\n");
  BOOST_TEST(list("rules") ==
             "ID  CHECKS  ELEMENTS  TITLE\n"
             "ra  fw/a1   2         Checks a1\n");
}

BOOST_AUTO_TEST_CASE(only_the_part_asked_for) {
  engine::Selection statements(
      ws.ws(), [](const model::InputFile& in) { return in.path.starts_with("statements/"); });
  BOOST_TEST(list("frameworks", statements) == "ID  OBLIGATIONS  TITLE\n");
  BOOST_TEST(list("companies", statements) ==
             "ID    SOURCES  CLAIMS  NAME\n"
             "acme  1        1       Acme Corp\n");
}

BOOST_AUTO_TEST_CASE(the_words_of_the_vocabulary_on_one_line_each) {
  BOOST_TEST(list("topics") ==
             "ID  GROUP  DEFINITION\n"
             "x   -      The x, on two lines.\n"
             "y   Ys     Why.\n");
  BOOST_TEST(list("vocabulary").starts_with("# Words"));
}

BOOST_AUTO_TEST_CASE(what_the_vocabulary_cannot_answer) {
  auto sectors = report::list_workspace(ws.ws(), {}, "sectors");
  BOOST_TEST(sectors.text == "");
  BOOST_TEST(sectors.problem == "the vocabulary declares no 'sectors' list");
  test::Workspace bare{{{"fw.yaml", kFramework}}};
  BOOST_TEST(report::list_workspace(bare.ws(), {}, "vocabulary").problem ==
             "this workspace has no vocabulary file (a YAML file with a top-level 'vocabulary:' "
             "key; see `ungap schema vocabulary`)");
}

BOOST_AUTO_TEST_CASE(every_listing_by_name) {
  auto names = report::listing_names();
  BOOST_TEST(std::vector<std::string>(names.begin(), names.begin() + 7) ==
                 std::vector<std::string>({"frameworks", "obligations", "companies", "impacts",
                                           "rules", "vocabulary", "topics"}),
             boost::test_tools::per_element());
  BOOST_TEST(std::count(names.begin(), names.end(), "rights-holders") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
