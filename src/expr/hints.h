#pragma once
// Hints for the slips rule authors make most, added to the checker's "no matching overload"
// error: a date written as a string, `contains` on a list, `==` where `in` was meant.
#include <string>
#include <vector>

#include "expr/ast.h"
#include "expr/type.h"

namespace ungap::expr {

// "; ..." saying what was likely meant by the call `e` with argument types `args`, or "".
std::string overload_hint(const Expr& e, const std::vector<Type>& args);

}  // namespace ungap::expr
