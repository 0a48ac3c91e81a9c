#pragma once
// For `explain`: the claims nearest to meeting a missing element. A `match` is read as its
// top-level && conjuncts; a claim is nearer the more of them it satisfies. The nearest claims
// (at least half of the conjuncts hold, not all) are shown with the conditions that failed, so a
// researcher sees whether the evidence is missing or only encoded differently.
#include <string>
#include <vector>

#include "engine/company_view.h"
#include "expr/program.h"

namespace ungap::engine {

struct NearClaim {
  int claim = -1;                   // index into the company's claims
  int held = 0;                     // conjuncts that hold
  int total = 0;                    // conjuncts of the match
  std::vector<std::string> failed;  // the conjuncts that do not hold, as written
};

// The conjuncts of a match's top-level && chain, as written (white space folded).
std::vector<std::string> conjuncts(const expr::Program& match);

// At most `limit` visible claims that hold at least half of the conjuncts but not all, most
// conjuncts held first (then newest first).
std::vector<NearClaim> nearest_claims(const CompanyView& view, const expr::Program& match,
                                      std::size_t limit = 3);

}  // namespace ungap::engine
