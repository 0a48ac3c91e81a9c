// Nearest claims for explain, and the claims no rule reads.
#include "engine/nearest_claims.h"

#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"
#include "expr/rule_env.h"

namespace {

const char* kCompany = R"(company: {id: c}
sources:
  - {id: s, date: 2025-01-01}
claims:
  - {id: old, source: s, date: 2024-01-01, kind: action, topics: [x]}
  - {id: mid, source: s, date: 2024-06-01, kind: process, topics: [x, y]}
  - {id: new, source: s, date: 2025-01-01, kind: process, topics: [z], by: third-party}
  - {id: later, source: s, date: 2026-01-01, kind: action, topics: [y]}
)";

// "id held/total: failed; failed" for each nearest claim.
std::string nearest(const ungap::test::Workspace& w, const std::string& match) {
  using namespace ungap;
  auto compiled = expr::compile(match, expr::match_env());
  BOOST_TEST_REQUIRE(compiled.program.has_value());
  engine::CompanyView view(*w.ws().company("c"), *util::parse_date("2025-06-01"));
  std::string out;
  for (const auto& n : engine::nearest_claims(view, *compiled.program)) {
    out += (out.empty() ? "" : " | ") +
           view.company().claims[static_cast<std::size_t>(n.claim)].id + " " +
           std::to_string(n.held) + "/" + std::to_string(n.total) + ":";
    for (const auto& f : n.failed) out += " " + f + ";";
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(nearest_claims)

BOOST_AUTO_TEST_CASE(most_conditions_held_first_then_newest) {
  ungap::test::Workspace w(std::map<std::string, std::string>{{"c.yaml", kCompany}});
  BOOST_TEST(nearest(w, "claim.kind == 'action' && 'y' in claim.topics && claim.by == 'company'") ==
             "mid 2/3: claim.kind == 'action'; | old 2/3: 'y' in claim.topics;");
}

BOOST_AUTO_TEST_CASE(folds_white_space_and_the_parentheses_around_the_chain) {
  ungap::test::Workspace w(std::map<std::string, std::string>{{"c.yaml", kCompany}});
  auto compiled = ungap::expr::compile(
      "(claim.kind == 'action'\n   && ('x' in claim.topics || "
      "'y' in claim.topics))",
      ungap::expr::match_env());
  BOOST_TEST_REQUIRE(compiled.program.has_value());
  auto parts = ungap::engine::conjuncts(*compiled.program);
  BOOST_TEST(parts == (std::vector<std::string>{"claim.kind == 'action'",
                                                "('x' in claim.topics || 'y' in claim.topics)"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_single_condition_has_no_nearest_claims) {
  ungap::test::Workspace w(std::map<std::string, std::string>{{"c.yaml", kCompany}});
  BOOST_TEST(nearest(w, "'q' in claim.topics") == "");
}

BOOST_AUTO_TEST_CASE(unread_claims_are_the_visible_claims_no_element_matched) {
  ungap::test::Workspace w(std::map<std::string, std::string>{
      {"c.yaml", kCompany},
      {"fw.yaml", "framework: {id: fw, title: F}\nobligations:\n  - {id: a, title: A}\n"},
      {"rules.yaml",
       "rules:\n  - id: r\n    checks: [fw/a]\n    elements:\n"
       "      - {id: e, match: \"'x' in claim.topics\"}\n"}});
  auto result = w.evaluate("c", "2025-06-01");
  std::vector<std::string> ids;
  for (int i : result.unread)
    ids.push_back(w.ws().company("c")->claims[static_cast<std::size_t>(i)].id);
  // `later` is dated after as_of: not visible, so not reported.
  BOOST_TEST(ids == (std::vector<std::string>{"new"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
