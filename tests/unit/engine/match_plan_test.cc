// The claim fast path: which facts one analysis finds in a `match`, and that they decide it as
// CEL does on claims either side of each boundary. match_plan_random_test.cc pits it against CEL
// on random matches.
#include "engine/match_plan.h"

#include <boost/test/unit_test.hpp>

#include "../workspace_fixture.h"
#include "engine/company_view.h"
#include "expr/rule_env.h"

namespace {

using namespace ungap;
using Field = engine::ClaimFact::Field;

expr::Program compiled(const std::string& match) {
  auto r = expr::compile(match, expr::match_env());
  BOOST_REQUIRE_MESSAGE(r.ok(), match << ": " << (r.errors.empty() ? "" : r.errors[0].message));
  return *r.program;
}

template <typename E>
std::string enum_values(const std::vector<int>& values) {
  std::string out;
  for (int v : values) out += (out.empty() ? "" : ", ") + std::string(model::to_string(E(v)));
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string describe(const engine::ClaimFact& f) {
  static const char* const kCompare[] = {"<", "<=", ">", ">=", "==", "!="};
  std::vector<std::string> topics;
  for (util::Symbol t : f.topics) topics.push_back(*t);
  switch (f.field) {
    case Field::kKind:
      return "kind in [" + enum_values<model::ClaimKind>(f.values) + "]";
    case Field::kBy:
      return "by in [" + enum_values<model::By>(f.values) + "]";
    case Field::kId:
      return "id in [" + joined(f.ids) + "]";
    case Field::kTopics:
      return "topics has one of [" + joined(topics) + "]";
    case Field::kDate:
      return std::string("date ") + kCompare[static_cast<int>(f.compare)] + " " +
             util::Date{static_cast<std::int32_t>(f.seconds / 86400)}.str();
  }
  return "?";
}

// The plan of `match` as text: its facts, and who decides.
std::string plan(const std::string& match,
                 engine::MatchEngine engine = engine::MatchEngine::kNative) {
  engine::MatchPlan p(compiled(match), engine);
  std::string out;
  for (const auto& f : p.facts()) out += (out.empty() ? "" : " && ") + describe(f);
  return out + (p.decisive() ? " (decisive)" : " (CEL decides)");
}

const char* kCompany = R"(company: {id: c}
sources:
  - {id: s, date: 2025-01-01}
claims:
  - {id: before, source: s, date: 2024-05-31, kind: action, topics: [x]}
  - {id: on, source: s, date: 2024-06-01, kind: process, topics: [x, y]}
  - {id: after, source: s, date: 2024-06-02, kind: action, topics: [y], by: third-party}
)";

// For each claim, whether `match` holds, by CEL ("c") and natively ("n"), as "id:c/n".
std::string both(const ungap::test::Workspace& w, const std::string& match, bool& decisive) {
  const expr::Program program = compiled(match);
  engine::MatchPlan native(program, engine::MatchEngine::kNative);
  decisive = native.decisive();
  const model::Company& company = *w.ws().company("c");
  engine::CompanyView view(company, *util::parse_date("2025-06-01"));
  expr::Activation activation(expr::match_env());
  activation.set(expr::RuleSlot::kCompany, view.company_value());
  activation.set(expr::RuleSlot::kAsOf, view.as_of_value());
  std::string out;
  for (std::size_t i = 0; i < company.claims.size(); ++i) {
    activation.set(expr::RuleSlot::kClaim, view.claim_value(static_cast<int>(i)));
    expr::Value v = program.evaluate(activation);
    bool cel = v.is_bool() && v.as_bool();
    out += company.claims[i].id + ":" + (cel ? "1" : "0") + "/" +
           (native.holds(company.claims[i]) ? "1" : "0") + " ";
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(match_plan)

BOOST_AUTO_TEST_CASE(facts_of_a_conjunction_in_the_order_written) {
  BOOST_TEST(plan("claim.by == 'company' && 'action' == claim.kind && 'suspension' in "
                  "claim.topics && size(claim.topics) > 1 && (claim.id == 'x' || claim.id == "
                  "'y')") ==
             "by in [company] && kind in [action] && topics has one of [suspension] && id in "
             "[x, y] (CEL decides)");
}

BOOST_AUTO_TEST_CASE(facts_of_disjunctions) {
  BOOST_TEST(plan("claim.kind == 'action' || claim.kind == 'process'") ==
             "kind in [process, action] (decisive)");
  BOOST_TEST(plan("claim.kind in ['action', 'action', 'rumour']") == "kind in [action] (decisive)");
  BOOST_TEST(plan("claim.kind in ['rumour']") == "kind in [] (decisive)");
  BOOST_TEST(plan("claim.topics.exists(t, t == 'a' || 'b' == t || t in ['c'])") ==
             "topics has one of [a, b, c] (decisive)");
  BOOST_TEST(plan("'a' in claim.topics || claim.topics.exists(t, t == 'b')") ==
             "topics has one of [a, b] (decisive)");
}

BOOST_AUTO_TEST_CASE(facts_of_date_comparisons_either_way_round) {
  BOOST_TEST(plan("claim.date >= date('2018-01-01') && date('2020-01-01') > claim.date && 'a' in "
                  "claim.topics") ==
             "date >= 2018-01-01 && date < 2020-01-01 && topics has one of [a] (decisive)");
  BOOST_TEST(plan("date('2018-01-01') != claim.date") == "date != 2018-01-01 (decisive)");
  // Not a valid literal date: CEL reports it.
  BOOST_TEST(plan("claim.date > date('2018-02-30')") == " (CEL decides)");
  BOOST_TEST(plan("claim.date > as_of") == " (CEL decides)");
  BOOST_TEST(plan("claim.date > timestamp('2018-01-01T00:00:00Z')") == " (CEL decides)");
  BOOST_TEST(plan("claim.source.date > date('2018-01-01')") == " (CEL decides)");
}

BOOST_AUTO_TEST_CASE(other_shapes_are_left_to_cel) {
  BOOST_TEST(plan("claim.kind == 'action' && size(claim.topics) > 1") ==
             "kind in [action] (CEL decides)");
  for (const char* match : {
           "claim.kind == 'action' || claim.by == 'company'",
           "claim.kind == 'action' || size(claim.topics) > 1",
           "claim.topics.exists(t, t == 'a' || t.startsWith('b'))",
           "claim.topics.all(t, t == 'a')",
           "claim.topics.exists_one(t, t == 'a')",
           "!(claim.kind == 'action')",
           "claim.kind != 'action'",
           "claim.kind in []",
           "claim.source.kind == 'blog'",
           "claim.summary == 'z'",
           "'x' in claim.supersedes",
           "'a' in company.contexts",
           "has(claim.quote)",
       })
    BOOST_TEST(plan(match) == " (CEL decides)", match);
}

BOOST_AUTO_TEST_CASE(the_cel_engine_plans_nothing) {
  BOOST_TEST(plan("claim.kind == 'action' && 'x' in claim.topics", engine::MatchEngine::kCel) ==
             " (CEL decides)");
  ungap::test::Workspace w(std::map<std::string, std::string>{{"c.yaml", kCompany}});
  engine::CompanyView view(*w.ws().company("c"), *util::parse_date("2025-06-01"));
  engine::MatchPlan p(compiled("claim.kind == 'rumour'"), engine::MatchEngine::kCel);
  std::vector<int> scratch;
  BOOST_TEST(view.candidates(p, scratch).size() == 3u);
  BOOST_TEST(p.holds(view.company().claims[0]));
}

BOOST_AUTO_TEST_CASE(date_comparisons_agree_with_cel_either_way_round) {
  ungap::test::Workspace w(std::map<std::string, std::string>{{"c.yaml", kCompany}});
  struct Case {
    const char* match;
    const char* expected;
  };
  const Case cases[] = {
      {"claim.date < date('2024-06-01')", "before:1/1 on:0/0 after:0/0 "},
      {"claim.date <= date('2024-06-01')", "before:1/1 on:1/1 after:0/0 "},
      {"claim.date > date('2024-06-01')", "before:0/0 on:0/0 after:1/1 "},
      {"claim.date >= date('2024-06-01')", "before:0/0 on:1/1 after:1/1 "},
      {"claim.date == date('2024-06-01')", "before:0/0 on:1/1 after:0/0 "},
      {"claim.date != date('2024-06-01')", "before:1/1 on:0/0 after:1/1 "},
      {"date('2024-06-01') < claim.date", "before:0/0 on:0/0 after:1/1 "},
      {"date('2024-06-01') >= claim.date", "before:1/1 on:1/1 after:0/0 "},
      {"'x' in claim.topics && claim.date >= date('2024-06-01')", "before:0/0 on:1/1 after:0/0 "},
  };
  for (const auto& c : cases) {
    bool decisive = false;
    BOOST_TEST(both(w, c.match, decisive) == c.expected, c.match);
    BOOST_TEST(decisive, c.match);
  }
}

BOOST_AUTO_TEST_CASE(other_date_shapes_are_left_to_cel) {
  ungap::test::Workspace w(std::map<std::string, std::string>{{"c.yaml", kCompany}});
  bool decisive = true;
  // An invalid literal is CEL's to report; a disjunction is not a conjunct.
  BOOST_TEST(both(w, "claim.date > date('2024-13-01')", decisive) ==
             "before:0/1 on:0/1 after:0/1 ");
  BOOST_TEST(!decisive);
  BOOST_TEST(both(w, "claim.date > date('2024-06-01') || 'x' in claim.topics", decisive) ==
             "before:1/1 on:1/1 after:1/1 ");
  BOOST_TEST(!decisive);
}

BOOST_AUTO_TEST_SUITE_END()
