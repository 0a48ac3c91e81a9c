#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "expr/program.h"

namespace ungap::expr {

// A condition every claim matching a `match` expression must meet, found among the
// expression's top-level && conjuncts. The engine uses them to index claims, so only claims
// with the right kind or topic are evaluated at all.
struct RequiredFact {
  enum class Kind {
    kFieldEquals,   // claim.<field> == 'value' (or 'value' == claim.<field>), a string field
    kListContains,  // 'value' in claim.<field>, a list(string) field such as topics
    kDateCompare    // claim.<field> <compare> date('YYYY-MM-DD'), a timestamp field such as date
  };
  enum class Compare : std::uint8_t {
    kLess,
    kLessEqual,
    kGreater,
    kGreaterEqual,
    kEqual,
    kNotEqual
  };
  Kind kind;
  int field;  // a ClaimField index
  std::string value;
  // When not empty, the fact is a disjunction: the field equals (or the list contains) one of
  // these, e.g. `claim.kind in ['action', 'process']` or
  // `claim.topics.exists(t, t == 'a' || t == 'b')`; `value` is then empty.
  std::vector<std::string> any_of = {};
  // kDateCompare: the field compared with midnight UTC of the date, `seconds` since the epoch
  // (the field on the left).
  Compare compare = Compare::kEqual;
  std::int64_t seconds = 0;

  // The values the fact allows: `any_of`, or `value` alone.
  std::vector<std::string> alternatives() const {
    return any_of.empty() ? std::vector<std::string>{value} : any_of;
  }

  friend bool operator==(const RequiredFact&, const RequiredFact&) = default;
};

// The facts of the top-level && chain of a program compiled against match_env(). Conjuncts of
// other shapes are ignored (they still get evaluated), so the result is a necessary condition.
std::vector<RequiredFact> required_facts(const Program& program);
// Whether every top-level conjunct became a fact: then the facts say exactly when the program
// is true, for a claim whose fields are all present.
bool facts_are_complete(const Program& program);

}  // namespace ungap::expr
