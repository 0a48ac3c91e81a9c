#pragma once
// Required facts checked on the model's claim directly, without building or evaluating CEL
// values: kind, author, id, topics and the date compared with a literal date. When a `match` is
// nothing but such facts, its result is decided here; otherwise they only filter the claims CEL is
// evaluated on. Same results, a fraction of the work.
#include <string>
#include <vector>

#include "expr/facts.h"
#include "expr/program.h"
#include "model/company.h"
#include "util/intern.h"

namespace ungap::engine {

class NativeFacts {
 public:
  NativeFacts() = default;
  explicit NativeFacts(const expr::Program& program);

  bool holds(const model::Claim& claim) const;
  // Whether holds() alone decides the match.
  bool decisive() const { return m_decisive; }

 private:
  struct Fact {
    int field;                         // an expr::ClaimField index
    unsigned mask = 0;                 // allowed kinds / authors, as bits of the enum
    std::vector<std::string> strings;  // allowed ids
    std::vector<util::Symbol> topics;  // allowed topics, interned: compared by address
    expr::RequiredFact::Compare compare = expr::RequiredFact::Compare::kEqual;  // date
    std::int64_t seconds = 0;                                                   // date
  };
  static bool holds(const Fact& f, const model::Claim& claim);

  std::vector<Fact> m_facts;
  bool m_decisive = false;
};

}  // namespace ungap::engine
