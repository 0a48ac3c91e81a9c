#pragma once

#include <vector>

#include "expr/ast.h"
#include "expr/env.h"
#include "expr/error.h"
#include "expr/limits.h"

namespace ungap::expr {

struct CheckResult {
  std::vector<ExprError> errors;
  Type type;            // of the whole expression
  int local_count = 0;  // slots needed for comprehension variables
};

// Resolves names to slots, fields to indices and calls to overloads, and infers types.
// With `check_types` false (CEL's disable_check) nothing is rejected: variables are dyn and
// problems surface as error values at run time instead.
CheckResult check(Expr& root, const Env& env, const Limits& limits, bool check_types = true);

}  // namespace ungap::expr
