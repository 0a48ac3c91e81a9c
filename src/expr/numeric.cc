#include "expr/numeric.h"

#include <cmath>

namespace ungap::expr {

namespace {

constexpr double kTwo63 = 9223372036854775808.0;  // 2^63, exactly representable

// CEL implementations compare an int with a double by converting the int to double, and the
// conformance data expects that rounding (2^63 - 1 < 2^63 is false), so follow it.
int compare_int_double(std::int64_t i, double d) {
  if (std::isnan(d)) return 2;
  double x = static_cast<double>(i);
  return x < d ? -1 : x > d ? 1 : 0;
}

template <typename T>
int three_way(T a, T b) {
  if (a < b) return -1;
  if (b < a) return 1;
  return a == b ? 0 : 2;
}

}  // namespace

int compare_numbers(const Value& a, const Value& b) {
  using K = Value::Kind;
  if (a.kind() == K::kInt && b.kind() == K::kInt) return three_way(a.as_int(), b.as_int());
  if (a.kind() == K::kDouble && b.kind() == K::kDouble) {
    return three_way(a.as_double(), b.as_double());
  }
  if (a.kind() == K::kInt) return compare_int_double(a.as_int(), b.as_double());
  int r = compare_int_double(b.as_int(), a.as_double());
  return r == 2 ? 2 : -r;
}

std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b) {
  std::int64_t r;
  if (__builtin_add_overflow(a, b, &r)) return std::nullopt;
  return r;
}

std::optional<std::int64_t> checked_sub(std::int64_t a, std::int64_t b) {
  std::int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) return std::nullopt;
  return r;
}

std::optional<std::int64_t> checked_mul(std::int64_t a, std::int64_t b) {
  std::int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
  return r;
}

std::optional<std::int64_t> double_to_int(double d) {
  if (std::isnan(d) || d >= kTwo63 || d <= -kTwo63) return std::nullopt;
  return static_cast<std::int64_t>(d);
}

}  // namespace ungap::expr
