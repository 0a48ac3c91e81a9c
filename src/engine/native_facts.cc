#include "engine/native_facts.h"

#include <algorithm>

#include "expr/rule_env.h"

namespace ungap::engine {

namespace {

using expr::RequiredFact;
namespace CF = expr::ClaimField;

// Bits of the enum values spelled in `names`; a spelling that is no value matches nothing.
template <typename E>
unsigned mask_of(const std::vector<std::string>& names) {
  unsigned mask = 0;
  for (const auto& n : names)
    if (auto v = model::parse_enum<E>(n)) mask |= 1u << static_cast<unsigned>(*v);
  return mask;
}

bool supported(const RequiredFact& f) {
  if (f.kind == RequiredFact::Kind::kDateCompare) return f.field == CF::kDate;
  if (f.kind == RequiredFact::Kind::kFieldEquals)
    return f.field == CF::kKind || f.field == CF::kBy || f.field == CF::kId;
  return f.field == CF::kTopics;
}

}  // namespace

NativeFacts::NativeFacts(const expr::Program& program) {
  bool all_supported = true;
  for (const auto& f : expr::required_facts(program)) {
    if (!supported(f)) {
      all_supported = false;
      continue;
    }
    Fact fact{f.field, 0, {}, {}, f.compare, f.seconds};
    if (f.field == CF::kKind)
      fact.mask = mask_of<model::ClaimKind>(f.alternatives());
    else if (f.field == CF::kBy)
      fact.mask = mask_of<model::By>(f.alternatives());
    else if (f.field == CF::kTopics)
      for (const auto& v : f.alternatives()) fact.topics.push_back(util::intern(v));
    else if (f.field == CF::kId)
      fact.strings = f.alternatives();
    m_facts.push_back(std::move(fact));
  }
  m_decisive = all_supported && expr::facts_are_complete(program);
}

// As CEL compares timestamps: claim dates and date() literals are both midnight UTC.
static bool compare(RequiredFact::Compare op, std::int64_t a, std::int64_t b) {
  using C = RequiredFact::Compare;
  switch (op) {
    case C::kLess:
      return a < b;
    case C::kLessEqual:
      return a <= b;
    case C::kGreater:
      return a > b;
    case C::kGreaterEqual:
      return a >= b;
    case C::kEqual:
      return a == b;
    case C::kNotEqual:
      return a != b;
  }
  return false;
}

bool NativeFacts::holds(const Fact& f, const model::Claim& c) {
  switch (f.field) {
    case CF::kDate:
      return compare(f.compare, c.date.epoch_seconds(), f.seconds);
    case CF::kKind:
      return f.mask & (1u << static_cast<unsigned>(c.kind));
    case CF::kBy:
      return f.mask & (1u << static_cast<unsigned>(c.by));
    case CF::kId:
      return std::find(f.strings.begin(), f.strings.end(), c.id) != f.strings.end();
    default:
      for (util::Symbol t : c.topics)
        if (std::find(f.topics.begin(), f.topics.end(), t) != f.topics.end()) return true;
      return false;
  }
}

bool NativeFacts::holds(const model::Claim& claim) const {
  for (const auto& f : m_facts)
    if (!holds(f, claim)) return false;
  return true;
}

}  // namespace ungap::engine
