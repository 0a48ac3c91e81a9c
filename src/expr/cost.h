#pragma once
// A static look at an expression's worst-case cost, for `lint`: comprehensions nested inside
// each other multiply their lists' lengths, so a few hundred bytes of them can ask for 2^34
// steps. Evaluation is bounded anyway (Limits::max_eval_steps); this warns the author first.
#include "expr/ast.h"

namespace ungap::expr {

// Nesting at which lint warns: the shipped rules nest two deep at most (a claim's list inside
// company.claims).
inline constexpr int kWarnComprehensionNesting = 3;

// The deepest nesting of comprehensions (all, exists, exists_one, filter, map) in `e`, not
// counting those over the company's claims, whose number is the data's and bounded by it.
int comprehension_nesting(const Expr& e);

}  // namespace ungap::expr
