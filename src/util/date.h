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

Date date_from_civil(int year, unsigned month, unsigned day);
// Strict YYYY-MM-DD with a real calendar day; nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
// Today in UTC, or the day of SOURCE_DATE_EPOCH when that is set (reproducible builds).
Date today();

}  // namespace ungap::util
