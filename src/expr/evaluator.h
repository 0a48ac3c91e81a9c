#pragma once

#include <cstddef>

#include "expr/ast.h"
#include "expr/limits.h"
#include "expr/value.h"

namespace ungap::expr {

// Variable storage for one evaluation: the activation's values by slot, then the
// comprehension variables' slots.
struct Frame {
  const Value* globals = nullptr;
  std::size_t global_count = 0;
  Value* locals = nullptr;
  Budget* budget = nullptr;  // never null
};

// Evaluates a checked tree. Errors are values (Value::error), never exceptions; recursion is
// bounded by the tree's height, which the parser limits.
Value evaluate(const Expr& e, Frame& frame);

}  // namespace ungap::expr
