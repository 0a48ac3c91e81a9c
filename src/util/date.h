#pragma once
// Calendar dates as days since 1970-01-01 (proleptic Gregorian), parsed from ISO YYYY-MM-DD.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ungap::util {

struct Date {
  int32_t days = 0;  // days since 1970-01-01

  auto operator<=>(const Date&) const = default;
  // Seconds since the epoch at 00:00 UTC, the timestamp a YAML date becomes in rules.
  int64_t epoch_seconds() const { return int64_t{days} * 86400; }
  std::string str() const;  // YYYY-MM-DD
};

// The calendar arithmetic behind dates here and CEL timestamps (expr/timestamp.h).
struct Civil {
  std::int64_t year = 1970;
  unsigned month = 1;  // 1-12
  unsigned day = 1;    // 1-31
};
std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day);
Civil civil_from_days(std::int64_t days);
unsigned days_in_month(std::int64_t year, unsigned month);

Date date_from_civil(int year, unsigned month, unsigned day);
// Strict YYYY-MM-DD with a real calendar day; nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
// Today in UTC, or the day of SOURCE_DATE_EPOCH when that is set (reproducible builds).
Date today();

}  // namespace ungap::util
