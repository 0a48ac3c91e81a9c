// The claim index: which claims the facts of an element's match plan leave as candidates.
#include "engine/company_view.h"

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
  - {id: new, source: s, date: 2025-01-01, kind: action, topics: [y], by: third-party}
)";

// The ids of the candidates the index offers for `match`, in the order given.
std::string candidates(const ungap::test::Workspace& w, const std::string& match) {
  using namespace ungap;
  auto compiled = expr::compile(match, expr::match_env());
  BOOST_TEST_REQUIRE(compiled.program.has_value());
  engine::CompanyView view(*w.ws().company("c"), *util::parse_date("2025-06-01"));
  std::vector<int> scratch;
  std::string out;
  engine::MatchPlan plan(*compiled.program, engine::MatchEngine::kNative);
  for (int i : view.candidates(plan, scratch))
    out += (out.empty() ? "" : " ") + view.company().claims[static_cast<std::size_t>(i)].id;
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(company_view)

BOOST_AUTO_TEST_CASE(candidates_come_from_the_shortest_list_newest_first) {
  ungap::test::Workspace w(std::map<std::string, std::string>{{"c.yaml", kCompany}});
  BOOST_TEST(candidates(w, "'x' in claim.topics") == "mid old");
  BOOST_TEST(candidates(w, "claim.kind == 'action'") == "new old");
  BOOST_TEST(candidates(w, "claim.kind == 'action' && claim.by == 'third-party'") == "new");
  BOOST_TEST(candidates(w, "claim.summary == 'z'") == "new mid old");  // no index: every claim
}

BOOST_AUTO_TEST_CASE(disjunctions_are_unions_without_repeats) {
  ungap::test::Workspace w(std::map<std::string, std::string>{{"c.yaml", kCompany}});
  BOOST_TEST(candidates(w, "claim.topics.exists(t, t == 'x' || t == 'y')") == "new mid old");
  BOOST_TEST(candidates(w, "claim.kind in ['process', 'action'] && 'y' in claim.topics") ==
             "new mid");
}

BOOST_AUTO_TEST_CASE(unknown_values_leave_no_candidates) {
  ungap::test::Workspace w(std::map<std::string, std::string>{{"c.yaml", kCompany}});
  BOOST_TEST(candidates(w, "claim.kind == 'rumour'") == "");
  BOOST_TEST(candidates(w, "claim.kind in ['rumour', 'gossip']") == "");
  BOOST_TEST(candidates(w, "'nowhere' in claim.topics") == "");
}

BOOST_AUTO_TEST_SUITE_END()
