#pragma once
// The backstop for deep nesting. --max-expr-depth (at most kMaxExprDepth) is what refuses deep
// expressions, in every build: ungap runs expression work on threads whose stack holds the cap
// (util/thread.h). Should that code ever run on a smaller stack (a program embedding the
// library), parsing, checking and evaluating stop with this error when util::stack_low(),
// instead of crashing.
namespace ungap::expr {

inline constexpr const char* kNestedTooDeeply = "expression nested too deeply for the stack";

}  // namespace ungap::expr
