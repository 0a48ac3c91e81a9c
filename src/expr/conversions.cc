// Overloads of the type conversions (int, double, string, bool, timestamp, date, dyn) and the
// timestamp accessors (UTC only).
#include <fmt/format.h>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "expr/functions.h"
#include "expr/numeric.h"

namespace ungap::expr {

namespace {

using P = Param;
using T = TypeKind;

Value identity(const Value* a, const Expr&) {
  return a[0];
}

Value int_from_double(const Value* a, const Expr&) {
  auto i = double_to_int(a[0].as_double());
  if (!i) return Value::error(fmt::format("double {} is out of the int range", a[0].as_double()));
  return Value::integer(*i);
}

Value int_from_string(const Value* a, const Expr&) {
  const std::string& s = a[0].as_string();
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) {
    return Value::error(fmt::format("cannot convert '{}' to int", s));
  }
  return Value::integer(v);
}

Value int_from_timestamp(const Value* a, const Expr&) {
  return Value::integer(a[0].as_timestamp().seconds);
}

Value double_from_int(const Value* a, const Expr&) {
  return Value::floating(static_cast<double>(a[0].as_int()));
}

Value double_from_string(const Value* a, const Expr&) {
  const std::string& s = a[0].as_string();
  char* end = nullptr;
  errno = 0;
  double d = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size() || std::isspace(static_cast<unsigned char>(s[0]))) {
    return Value::error(fmt::format("cannot convert '{}' to double", s));
  }
  return Value::floating(d);
}

Value string_from_int(const Value* a, const Expr&) {
  return Value::string(std::to_string(a[0].as_int()));
}
// As cel-go writes a double (Go's %g, shortest digits): the exponent form when the decimal
// exponent is below -4 or at least 6, with at least two exponent digits; NaN, +Inf, -Inf.
std::string cel_double_text(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "+Inf" : "-Inf";
  char buf[64];
  auto end = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific).ptr;
  std::string sci(buf, end), sign;
  if (sci[0] == '-') sign = "-", sci.erase(0, 1);
  std::size_t e = sci.find('e');
  std::string digits = sci.substr(0, e);
  if (digits.size() > 1) digits.erase(1, 1);  // the point
  int exp = std::atoi(sci.c_str() + e + 1);
  int n = static_cast<int>(digits.size());
  if (exp < -4 || exp >= 6) {
    std::string mantissa = digits.substr(0, 1) + (n > 1 ? "." + digits.substr(1) : "");
    return sign + mantissa + fmt::format("e{}{:02}", exp < 0 ? '-' : '+', std::abs(exp));
  }
  int point = exp + 1;
  if (point <= 0) return sign + "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  if (point >= n) return sign + digits + std::string(static_cast<std::size_t>(point - n), '0');
  return sign + digits.substr(0, static_cast<std::size_t>(point)) + "." +
         digits.substr(static_cast<std::size_t>(point));
}

Value string_from_double(const Value* a, const Expr&) {
  return Value::string(cel_double_text(a[0].as_double()));
}
Value string_from_bool(const Value* a, const Expr&) {
  return Value::string(a[0].as_bool() ? "true" : "false");
}

Value string_from_timestamp(const Value* a, const Expr&) {
  return Value::string(format_rfc3339(a[0].as_timestamp()));
}

Value bool_from_string(const Value* a, const Expr&) {
  static constexpr std::string_view kTrue[] = {"1", "t", "true", "TRUE", "True"};
  static constexpr std::string_view kFalse[] = {"0", "f", "false", "FALSE", "False"};
  const std::string& s = a[0].as_string();
  for (auto t : kTrue)
    if (s == t) return Value::boolean(true);
  for (auto f : kFalse)
    if (s == f) return Value::boolean(false);
  return Value::error(fmt::format("cannot convert '{}' to bool", s));
}

Value timestamp_from_string(const Value* a, const Expr&) {
  auto t = parse_rfc3339(a[0].as_string());
  if (!t)
    return Value::error(
        fmt::format("invalid timestamp '{}': expected RFC 3339 such as 2025-09-25T00:00:00Z",
                    a[0].as_string()));
  return Value::timestamp(*t);
}

Value timestamp_from_int(const Value* a, const Expr&) {
  Timestamp t{a[0].as_int(), 0};
  if (!timestamp_in_range(t)) return Value::error("timestamp out of range");
  return Value::timestamp(t);
}

Value date_from_string(const Value* a, const Expr&) {
  auto t = parse_date(a[0].as_string());
  if (!t)
    return Value::error(fmt::format("invalid date '{}': expected YYYY-MM-DD", a[0].as_string()));
  return Value::timestamp(*t);
}

template <std::int64_t (*Field)(const CivilTime&, Timestamp)>
Value accessor(const Value* a, const Expr&) {
  Timestamp t = a[0].as_timestamp();
  return Value::integer(Field(civil_from_seconds(t.seconds), t));
}

std::int64_t full_year(const CivilTime& c, Timestamp) {
  return c.year;
}
std::int64_t month(const CivilTime& c, Timestamp) {
  return c.month - 1;
}
std::int64_t date(const CivilTime& c, Timestamp) {
  return c.day;
}
std::int64_t day_of_month(const CivilTime& c, Timestamp) {
  return c.day - 1;
}
std::int64_t day_of_week(const CivilTime& c, Timestamp) {
  return c.day_of_week;
}
std::int64_t day_of_year(const CivilTime& c, Timestamp) {
  return c.day_of_year;
}
std::int64_t hours(const CivilTime& c, Timestamp) {
  return c.hour;
}
std::int64_t minutes(const CivilTime& c, Timestamp) {
  return c.minute;
}
std::int64_t seconds(const CivilTime& c, Timestamp) {
  return c.second;
}
std::int64_t milliseconds(const CivilTime&, Timestamp t) {
  return t.nanos / 1000000;
}

}  // namespace

void add_conversion_overloads(std::vector<Overload>& out) {
  out.insert(out.end(),
             {
                 {"int", false, {P::kInt}, T::kInt, identity},
                 {"int", false, {P::kDouble}, T::kInt, int_from_double},
                 {"int", false, {P::kString}, T::kInt, int_from_string},
                 {"int", false, {P::kTimestamp}, T::kInt, int_from_timestamp},
                 {"double", false, {P::kDouble}, T::kDouble, identity},
                 {"double", false, {P::kInt}, T::kDouble, double_from_int},
                 {"double", false, {P::kString}, T::kDouble, double_from_string},
                 {"string", false, {P::kString}, T::kString, identity},
                 {"string", false, {P::kInt}, T::kString, string_from_int},
                 {"string", false, {P::kDouble}, T::kString, string_from_double},
                 {"string", false, {P::kBool}, T::kString, string_from_bool},
                 {"string", false, {P::kTimestamp}, T::kString, string_from_timestamp},
                 {"bool", false, {P::kBool}, T::kBool, identity},
                 {"bool", false, {P::kString}, T::kBool, bool_from_string},
                 {"timestamp", false, {P::kString}, T::kTimestamp, timestamp_from_string},
                 {"timestamp", false, {P::kTimestamp}, T::kTimestamp, identity},
                 {"timestamp", false, {P::kInt}, T::kTimestamp, timestamp_from_int},
                 {"date", false, {P::kString}, T::kTimestamp, date_from_string},
                 {"dyn", false, {P::kAny}, T::kDyn, identity},
                 {"getFullYear", true, {P::kTimestamp}, T::kInt, accessor<full_year>},
                 {"getMonth", true, {P::kTimestamp}, T::kInt, accessor<month>},
                 {"getDate", true, {P::kTimestamp}, T::kInt, accessor<date>},
                 {"getDayOfMonth", true, {P::kTimestamp}, T::kInt, accessor<day_of_month>},
                 {"getDayOfWeek", true, {P::kTimestamp}, T::kInt, accessor<day_of_week>},
                 {"getDayOfYear", true, {P::kTimestamp}, T::kInt, accessor<day_of_year>},
                 {"getHours", true, {P::kTimestamp}, T::kInt, accessor<hours>},
                 {"getMinutes", true, {P::kTimestamp}, T::kInt, accessor<minutes>},
                 {"getSeconds", true, {P::kTimestamp}, T::kInt, accessor<seconds>},
                 {"getMilliseconds", true, {P::kTimestamp}, T::kInt, accessor<milliseconds>},
             });
}

}  // namespace ungap::expr
