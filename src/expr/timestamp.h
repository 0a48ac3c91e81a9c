#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ungap::expr {

// A point in time as seconds and nanoseconds since 1970-01-01T00:00:00Z, covering CEL's range
// of years 0001 to 9999.
struct Timestamp {
  std::int64_t seconds = 0;
  std::int32_t nanos = 0;

  friend auto operator<=>(const Timestamp&, const Timestamp&) = default;
};

struct CivilTime {
  std::int64_t year;
  int month;  // 1-12
  int day;    // 1-31
  int hour, minute, second;
  int day_of_week;  // 0 = Sunday
  int day_of_year;  // 0-based
};

constexpr std::int64_t kMinTimestampSeconds = -62135596800;  // 0001-01-01T00:00:00Z
constexpr std::int64_t kMaxTimestampSeconds = 253402300799;  // 9999-12-31T23:59:59Z

bool timestamp_in_range(Timestamp t);
CivilTime civil_from_seconds(std::int64_t seconds);

// RFC 3339, e.g. 2025-09-25T10:00:00Z or 2025-09-25T10:00:00.5+02:00.
std::optional<Timestamp> parse_rfc3339(std::string_view text);
// YYYY-MM-DD, as midnight UTC.
std::optional<Timestamp> parse_date(std::string_view text);
// RFC 3339 in UTC with the shortest fraction: 2025-09-25T00:00:00Z.
std::string format_rfc3339(Timestamp t);

}  // namespace ungap::expr
