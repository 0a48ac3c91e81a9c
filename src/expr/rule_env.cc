#include "expr/rule_env.h"

#include <cassert>

namespace ungap::expr {

namespace {

const Type kString = Type::string();
const Type kStrings = Type::list(Type::string());
const Type kTimestamp = Type::timestamp();

std::shared_ptr<const ObjectType> make(std::string name, std::vector<ObjectField> fields) {
  return std::make_shared<const ObjectType>(ObjectType{std::move(name), std::move(fields)});
}

}  // namespace

// The field order must follow the enums in rule_env.h; the asserts in the tests check it.
const std::shared_ptr<const ObjectType>& source_type() {
  static const auto type = make("source", {{"id", kString},
                                           {"kind", kString},
                                           {"by", kString},
                                           {"publisher", kString},
                                           {"title", kString},
                                           {"date", kTimestamp},
                                           {"url", kString},
                                           {"quality", kString}});
  return type;
}

const std::shared_ptr<const ObjectType>& claim_type() {
  static const auto type = make("claim", {{"id", kString},
                                          {"kind", kString},
                                          {"by", kString},
                                          {"topics", kStrings},
                                          {"date", kTimestamp},
                                          {"quote", kString},
                                          {"summary", kString},
                                          {"scope", Type::map(Type::string(), Type::dyn())},
                                          {"supersedes", kStrings},
                                          {"impacts", kStrings},
                                          {"source", Type::object(source_type())}});
  return type;
}

const std::shared_ptr<const ObjectType>& company_type() {
  static const auto type =
      make("company", {{"id", kString},
                       {"name", kString},
                       {"sectors", kStrings},
                       {"countries", kStrings},
                       {"contexts", kStrings},
                       {"attributes", Type::map(Type::string(), Type::dyn())}});
  return type;
}

const std::shared_ptr<const ObjectType>& impact_type() {
  static const auto type = make("impact", {{"id", kString},
                                           {"title", kString},
                                           {"summary", kString},
                                           {"rights", kStrings},
                                           {"rights_holders", kStrings},
                                           {"involvement", kString},
                                           {"modes", kStrings},
                                           {"scale", kString},
                                           {"scope", kString},
                                           {"remediability", kString},
                                           {"severity", Type::integer()},
                                           {"claims", kStrings}});
  return type;
}

const Env& when_env() {
  static const Env env = [] {
    Env e;
    e.add("company", Type::object(company_type()));
    e.add("as_of", Type::timestamp());
    return e;
  }();
  return env;
}

const Env& match_env() {
  static const Env env = [] {
    Env e = when_env();
    e.add("claim", Type::object(claim_type()));
    return e;
  }();
  return env;
}

const Env& impact_when_env() {
  static const Env env = [] {
    Env e = when_env();
    int slot = e.add("impact", Type::object(impact_type()));
    assert(slot == RuleSlot::kImpactInWhen);
    (void)slot;
    return e;
  }();
  return env;
}

const Env& impact_match_env() {
  static const Env env = [] {
    Env e = match_env();
    int slot = e.add("impact", Type::object(impact_type()));
    assert(slot == RuleSlot::kImpact);
    (void)slot;
    return e;
  }();
  return env;
}

}  // namespace ungap::expr
