#pragma once

#include <cstdint>
#include <optional>

#include "expr/value.h"

namespace ungap::expr {

inline bool is_number(const Value& v) {
  return v.kind() == Value::Kind::kInt || v.kind() == Value::Kind::kDouble;
}

// Compares two numbers of either kind: -1, 0, 1, or 2 when unordered (NaN). A mixed pair
// compares as doubles, as CEL's reference implementations and conformance data do.
int compare_numbers(const Value& a, const Value& b);

// Checked int64 arithmetic: nullopt on overflow.
std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checked_sub(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checked_mul(std::int64_t a, std::int64_t b);

// The int64 a double truncates to, or nullopt when out of range or NaN.
std::optional<std::int64_t> double_to_int(double d);

}  // namespace ungap::expr
