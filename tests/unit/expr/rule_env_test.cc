// The rule environments: result types of expressions over them, and their field order.
#include "expr/rule_env.h"

#include <boost/test/unit_test.hpp>

#include "expr/program.h"

namespace ungap::expr {
namespace {

Program compiled(std::string_view text, const Env& env = match_env()) {
  CompileResult r = compile(text, env);
  BOOST_REQUIRE_MESSAGE(r.ok(), text << ": " << (r.errors.empty() ? "" : r.errors[0].message));
  return *r.program;
}

BOOST_AUTO_TEST_SUITE(rule_env)

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

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace ungap::expr
