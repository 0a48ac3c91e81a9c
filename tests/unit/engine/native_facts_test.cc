// Native facts decide a match exactly as CEL would: each shape is checked against CEL's own
// result on claims either side of the boundary.
#include "engine/native_facts.h"

#include <boost/test/unit_test.hpp>

#include "engine/company_view.h"
#include "expr/rule_env.h"
#include "fixture.h"

namespace {

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
  using namespace ungap;
  auto compiled = expr::compile(match, expr::match_env());
  BOOST_TEST_REQUIRE(compiled.program.has_value());
  const expr::Program& program = *compiled.program;
  engine::NativeFacts native(program);
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

BOOST_AUTO_TEST_SUITE(native_facts)

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
