#include "expr/cost.h"

#include <algorithm>

namespace ungap::expr {

namespace {

// `company.claims` (or `claims` bound to it): the one list whose length the data decides.
bool over_claims(const Expr& range) {
  return (range.kind == ExprKind::kSelect || range.kind == ExprKind::kIdent) &&
         range.name == "claims";
}

}  // namespace

int comprehension_nesting(const Expr& e) {
  int inner = 0;
  for (const auto& a : e.args) inner = std::max(inner, comprehension_nesting(*a));
  bool counts = e.kind == ExprKind::kComprehension && !e.args.empty() && !over_claims(*e.args[0]);
  return inner + (counts ? 1 : 0);
}

}  // namespace ungap::expr
