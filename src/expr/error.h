#pragma once

#include <cstddef>
#include <string>

namespace ungap::expr {

// A compile-time problem in an expression. `offset` is the byte offset of the offending
// token's first byte, so callers can map it to a file:line:col.
struct ExprError {
  std::size_t offset = 0;
  std::string message;

  friend bool operator==(const ExprError&, const ExprError&) = default;
};

}  // namespace ungap::expr
