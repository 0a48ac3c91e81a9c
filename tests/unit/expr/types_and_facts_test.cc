// Result types, the rule environments' field order, and required_facts().
#include <boost/test/unit_test.hpp>

#include "expr/facts.h"
#include "expr/program.h"
#include "expr/rule_env.h"

namespace ungap::expr {
namespace {

Program compiled(std::string_view text, const Env& env = match_env()) {
  CompileResult r = compile(text, env);
  BOOST_REQUIRE_MESSAGE(r.ok(), text << ": " << (r.errors.empty() ? "" : r.errors[0].message));
  return *r.program;
}

BOOST_AUTO_TEST_SUITE(expr_types_and_facts)

BOOST_AUTO_TEST_CASE(result_types) {
  BOOST_TEST(compiled("claim.kind == 'action'").result_type().to_string() == "bool");
  BOOST_TEST(compiled("claim.topics").result_type().to_string() == "list(string)");
  BOOST_TEST(compiled("claim.scope").result_type().to_string() == "map(string, dyn)");
  BOOST_TEST(compiled("claim.source").result_type().to_string() == "source");
  BOOST_TEST(compiled("claim.topics.map(t, size(t))").result_type().to_string() == "list(int)");
  BOOST_TEST(compiled("company.attributes.x").result_type().to_string() == "dyn");
  BOOST_TEST(compiled("[1, 'a']").result_type().to_string() == "list(dyn)");
  BOOST_TEST(compiled("as_of", when_env()).result_type().to_string() == "timestamp");
}

BOOST_AUTO_TEST_CASE(field_indices_follow_the_enums) {
  const auto& claim = *claim_type();
  BOOST_TEST(claim.fields.size() == static_cast<std::size_t>(ClaimField::kCount));
  BOOST_TEST(claim.find("id") == ClaimField::kId);
  BOOST_TEST(claim.find("kind") == ClaimField::kKind);
  BOOST_TEST(claim.find("by") == ClaimField::kBy);
  BOOST_TEST(claim.find("topics") == ClaimField::kTopics);
  BOOST_TEST(claim.find("date") == ClaimField::kDate);
  BOOST_TEST(claim.find("quote") == ClaimField::kQuote);
  BOOST_TEST(claim.find("summary") == ClaimField::kSummary);
  BOOST_TEST(claim.find("scope") == ClaimField::kScope);
  BOOST_TEST(claim.find("supersedes") == ClaimField::kSupersedes);
  BOOST_TEST(claim.find("impacts") == ClaimField::kImpacts);
  BOOST_TEST(claim.find("source") == ClaimField::kSource);
  const auto& source = *source_type();
  BOOST_TEST(source.fields.size() == static_cast<std::size_t>(SourceField::kCount));
  BOOST_TEST(source.find("publisher") == SourceField::kPublisher);
  BOOST_TEST(source.find("title") == SourceField::kTitle);
  BOOST_TEST(source.find("date") == SourceField::kDate);
  BOOST_TEST(source.find("url") == SourceField::kUrl);
  BOOST_TEST(source.find("quality") == SourceField::kQuality);
  const auto& company = *company_type();
  BOOST_TEST(company.fields.size() == static_cast<std::size_t>(CompanyField::kCount));
  BOOST_TEST(company.find("contexts") == CompanyField::kContexts);
  BOOST_TEST(company.find("attributes") == CompanyField::kAttributes);
  BOOST_TEST(match_env().find("company") == RuleSlot::kCompany);
  BOOST_TEST(match_env().find("as_of") == RuleSlot::kAsOf);
  BOOST_TEST(match_env().find("claim") == RuleSlot::kClaim);
  BOOST_TEST(when_env().find("company") == RuleSlot::kCompany);
  BOOST_TEST(when_env().find("claim") == -1);
}

BOOST_AUTO_TEST_CASE(resolution_happens_at_compile_time) {
  Program p = compiled("claim.kind == 'action'");
  const Expr& select = p.root().arg(0);
  BOOST_TEST(select.field_index == ClaimField::kKind);
  BOOST_TEST(select.arg(0).slot == RuleSlot::kClaim);
}

BOOST_AUTO_TEST_CASE(required_facts_of_a_conjunction) {
  using K = RequiredFact::Kind;
  auto facts = required_facts(
      compiled("claim.by == 'company' && 'action' == claim.kind && 'suspension' in claim.topics && "
               "size(claim.topics) > 1 && (claim.id == 'x' || claim.id == 'y')"));
  std::vector<RequiredFact> expected = {{K::kFieldEquals, ClaimField::kBy, "company"},
                                        {K::kFieldEquals, ClaimField::kKind, "action"},
                                        {K::kListContains, ClaimField::kTopics, "suspension"},
                                        {K::kFieldEquals, ClaimField::kId, "", {"x", "y"}}};
  BOOST_TEST(facts == expected);
}

BOOST_AUTO_TEST_CASE(required_facts_of_disjunctions) {
  using K = RequiredFact::Kind;
  auto kinds = required_facts(compiled("claim.kind == 'a' || claim.kind == 'b'"));
  BOOST_TEST(
      (kinds == std::vector<RequiredFact>{{K::kFieldEquals, ClaimField::kKind, "", {"a", "b"}}}));
  auto in_list = required_facts(compiled("claim.kind in ['a', 'b', 'c']"));
  BOOST_TEST((in_list == std::vector<RequiredFact>{
                             {K::kFieldEquals, ClaimField::kKind, "", {"a", "b", "c"}}}));
  auto exists =
      required_facts(compiled("claim.topics.exists(t, t == 'a' || 'b' == t || t in ['c'])"));
  BOOST_TEST((exists == std::vector<RequiredFact>{
                            {K::kListContains, ClaimField::kTopics, "", {"a", "b", "c"}}}));
  auto one = required_facts(compiled("claim.topics.exists(t, t == 'a')"));
  BOOST_TEST((one == std::vector<RequiredFact>{{K::kListContains, ClaimField::kTopics, "a"}}));
  auto topics = required_facts(compiled("'a' in claim.topics || 'b' in claim.topics"));
  BOOST_TEST((topics ==
              std::vector<RequiredFact>{{K::kListContains, ClaimField::kTopics, "", {"a", "b"}}}));
}

BOOST_AUTO_TEST_CASE(required_facts_of_date_comparisons) {
  using K = RequiredFact::Kind;
  using C = RequiredFact::Compare;
  auto facts =
      required_facts(compiled("claim.date >= date('2018-01-01') && date('2020-01-01') > claim.date "
                              "&& 'a' in claim.topics"));
  std::vector<RequiredFact> expected = {
      {K::kDateCompare, ClaimField::kDate, "", {}, C::kGreaterEqual, 1514764800},
      {K::kDateCompare, ClaimField::kDate, "", {}, C::kLess, 1577836800},
      {K::kListContains, ClaimField::kTopics, "a"}};
  BOOST_TEST(facts == expected);
  BOOST_TEST(facts_are_complete(compiled("claim.date != date('2018-01-01')")));
  // Not a literal date: left to CEL.
  BOOST_TEST(!facts_are_complete(compiled("claim.date > date('2018-02-30')")));
  BOOST_TEST(!facts_are_complete(compiled("claim.date > as_of")));
  BOOST_TEST(!facts_are_complete(compiled("claim.date > timestamp('2018-01-01T00:00:00Z')")));
}

BOOST_AUTO_TEST_CASE(facts_are_complete_only_when_every_conjunct_is_one) {
  BOOST_TEST(facts_are_complete(compiled("claim.kind == 'a' && 'x' in claim.topics")));
  BOOST_TEST(facts_are_complete(compiled("claim.topics.exists(t, t == 'a' || t == 'b')")));
  BOOST_TEST(!facts_are_complete(compiled("claim.kind == 'a' && size(claim.topics) > 1")));
  BOOST_TEST(!facts_are_complete(compiled("claim.kind == 'a' || size(claim.topics) > 1")));
}

BOOST_AUTO_TEST_CASE(required_facts_ignore_other_shapes) {
  BOOST_TEST(required_facts(compiled("claim.kind == 'a' || claim.by == 'company'")).empty());
  BOOST_TEST(
      required_facts(compiled("claim.topics.exists(t, t == 'a' || t.startsWith('b'))")).empty());
  BOOST_TEST(required_facts(compiled("claim.topics.all(t, t == 'a')")).empty());
  BOOST_TEST(required_facts(compiled("!(claim.kind == 'a')")).empty());
  BOOST_TEST(required_facts(compiled("claim.source.kind == 'blog'")).empty());
  BOOST_TEST(required_facts(compiled("'a' in company.contexts")).empty());
  auto facts = required_facts(compiled("'x' in claim.supersedes"));
  BOOST_REQUIRE_EQUAL(facts.size(), 1u);
  BOOST_TEST(facts[0].field == ClaimField::kSupersedes);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace ungap::expr
