#pragma once
// The claim fast path: how an element's `match` is decided for a company's claims with as little
// CEL as possible. One analysis of the compiled expression finds the top-level && conjuncts that
// are claim facts (kind, author, id, topics, the date against a literal date). The facts
//  - narrow the claims looked at, through the company's claim index (CompanyView::candidates),
//  - are tested on the model's claim directly, without building a CEL value (holds()),
//  - and decide the match alone when it is nothing but such facts (decisive()).
// Every answer is the one CEL gives; UNGAP_ENGINE=cel turns the fast path off, so that every
// visible claim is decided by the CEL evaluator (docs/architecture.md).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "expr/program.h"
#include "model/company.h"
#include "util/intern.h"

namespace ungap::engine {

enum class MatchEngine : std::uint8_t {
  kNative,  // the fast path where the match allows it, CEL for the rest
  kCel      // CEL for every visible claim
};

// UNGAP_ENGINE, read once: unset or empty is kNative, "cel" is kCel, any other value nullopt.
std::optional<MatchEngine> match_engine_from_environment();
// As above, with an unknown value taken as kNative: the command line refuses it before a run.
MatchEngine default_match_engine();

// One conjunct of a `match`, decided on the model's claim exactly as CEL decides it.
struct ClaimFact {
  enum class Field : std::uint8_t { kKind, kBy, kId, kTopics, kDate };
  enum class Compare : std::uint8_t {
    kLess,
    kLessEqual,
    kGreater,
    kGreaterEqual,
    kEqual,
    kNotEqual
  };
  Field field = Field::kKind;
  // kKind, kBy: the enum values allowed, once each, and the same as bits. A spelling that is no
  // value of the enum is dropped: no claim has it.
  std::vector<int> values;
  unsigned mask = 0;
  std::vector<std::string> ids;       // kId: the ids allowed
  std::vector<util::Symbol> topics;   // kTopics: the claim has one of these (interned)
  Compare compare = Compare::kEqual;  // kDate: claim.date <compare> midnight UTC of a date,
  std::int64_t seconds = 0;           // `seconds` since the epoch

  bool holds(const model::Claim& claim) const;
  // Whether the claim index keeps a list per value of the field.
  bool indexed() const { return field != Field::kId && field != Field::kDate; }
  // The number of values an indexed fact allows.
  std::size_t key_count() const { return field == Field::kTopics ? topics.size() : values.size(); }
};

class MatchPlan {
 public:
  // No facts: every visible claim is a candidate and CEL decides each.
  MatchPlan() = default;
  MatchPlan(const expr::Program& match, MatchEngine engine);

  // The facts found, in the order written.
  const std::vector<ClaimFact>& facts() const { return m_facts; }
  // Every fact holds: necessary for the match to hold.
  bool holds(const model::Claim& claim) const;
  // Whether holds() alone decides the match: every top-level conjunct is a fact.
  bool decisive() const { return m_decisive; }

 private:
  std::vector<ClaimFact> m_facts;
  bool m_decisive = false;
};

}  // namespace ungap::engine
