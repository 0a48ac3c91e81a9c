#pragma once

#include <optional>
#include <string_view>

#include "expr/ast.h"
#include "expr/error.h"
#include "expr/lexer.h"
#include "expr/limits.h"

namespace ungap::expr {

struct ParseResult {
  ExprPtr root;  // null when `error` is set
  std::optional<ExprError> error;
};

// Parses CEL syntax (the subset ungap supports) into a tree, expanding macros. Stops at the
// first syntax error. Never recurses deeper than limits.max_depth.
ParseResult parse(std::string_view text, const Limits& limits = {});

}  // namespace ungap::expr
