#include "expr/timestamp.h"

#include <cstdio>

namespace ungap::expr {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

int days_in_month(std::int64_t year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Reads exactly `width` digits at `pos`.
bool read_digits(std::string_view text, std::size_t& pos, int width, int& out) {
  if (pos + width > text.size()) return false;
  out = 0;
  for (int i = 0; i < width; ++i) {
    char c = text[pos + i];
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  pos += width;
  return true;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

// YYYY-MM-DD starting at pos; validates the calendar date.
std::optional<std::int64_t> read_date(std::string_view text, std::size_t& pos) {
  int year, month, day;
  if (!read_digits(text, pos, 4, year) || !expect(text, pos, '-') ||
      !read_digits(text, pos, 2, month) || !expect(text, pos, '-') ||
      !read_digits(text, pos, 2, day)) {
    return std::nullopt;
  }
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return std::nullopt;
  }
  return days_from_civil(year, month, day);
}

// Fractional seconds: 1 to 9 digits, scaled to nanoseconds.
std::optional<std::int32_t> read_fraction(std::string_view text, std::size_t& pos) {
  std::int32_t nanos = 0;
  int digits = 0;
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
    if (++digits > 9) return std::nullopt;
    nanos = nanos * 10 + (text[pos++] - '0');
  }
  if (digits == 0) return std::nullopt;
  for (int i = digits; i < 9; ++i) nanos *= 10;
  return nanos;
}

// Z or ±HH:MM, as seconds east of UTC.
std::optional<std::int64_t> read_offset(std::string_view text, std::size_t& pos) {
  if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
    ++pos;
    return 0;
  }
  if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-')) return std::nullopt;
  int sign = text[pos++] == '-' ? -1 : 1;
  int hours, minutes;
  if (!read_digits(text, pos, 2, hours) || !expect(text, pos, ':') ||
      !read_digits(text, pos, 2, minutes) || hours > 23 || minutes > 59) {
    return std::nullopt;
  }
  return sign * (hours * 3600 + minutes * 60);
}

}  // namespace

bool timestamp_in_range(Timestamp t) {
  return t.seconds >= kMinTimestampSeconds && t.seconds <= kMaxTimestampSeconds;
}

// Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
std::int64_t days_from_civil(std::int64_t year, int month, int day) {
  year -= month <= 2;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int64_t yoe = year - era * 400;
  const std::int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilTime civil_from_seconds(std::int64_t seconds) {
  std::int64_t days = seconds / kSecondsPerDay;
  std::int64_t rem = seconds % kSecondsPerDay;
  if (rem < 0) {
    rem += kSecondsPerDay;
    --days;
  }
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  CivilTime c;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = yoe + era * 400 + (c.month <= 2);
  c.hour = static_cast<int>(rem / 3600);
  c.minute = static_cast<int>(rem / 60 % 60);
  c.second = static_cast<int>(rem % 60);
  c.day_of_week = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
  c.day_of_year = static_cast<int>(days - days_from_civil(c.year, 1, 1));
  return c;
}

std::optional<Timestamp> parse_rfc3339(std::string_view text) {
  std::size_t pos = 0;
  auto days = read_date(text, pos);
  int hour, minute, second;
  if (!days || pos >= text.size() || (text[pos] != 'T' && text[pos] != 't')) return std::nullopt;
  ++pos;
  if (!read_digits(text, pos, 2, hour) || !expect(text, pos, ':') ||
      !read_digits(text, pos, 2, minute) || !expect(text, pos, ':') ||
      !read_digits(text, pos, 2, second) || hour > 23 || minute > 59 || second > 59) {
    return std::nullopt;
  }
  std::int32_t nanos = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    auto fraction = read_fraction(text, pos);
    if (!fraction) return std::nullopt;
    nanos = *fraction;
  }
  auto offset = read_offset(text, pos);
  if (!offset || pos != text.size()) return std::nullopt;
  Timestamp t{*days * kSecondsPerDay + hour * 3600 + minute * 60 + second - *offset, nanos};
  if (!timestamp_in_range(t)) return std::nullopt;
  return t;
}

std::optional<Timestamp> parse_date(std::string_view text) {
  std::size_t pos = 0;
  auto days = read_date(text, pos);
  if (!days || pos != text.size()) return std::nullopt;
  return Timestamp{*days * kSecondsPerDay, 0};
}

std::string format_rfc3339(Timestamp t) {
  CivilTime c = civil_from_seconds(t.seconds);
  char buffer[64];
  int n = std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02dT%02d:%02d:%02d",
                        static_cast<long long>(c.year), c.month, c.day, c.hour, c.minute, c.second);
  std::string out(buffer, n);
  if (t.nanos != 0) {
    // Shortest of 3, 6 or 9 digits, as protobuf's JSON mapping writes it.
    int digits = t.nanos % 1000000 == 0 ? 3 : t.nanos % 1000 == 0 ? 6 : 9;
    int value = digits == 3 ? t.nanos / 1000000 : digits == 6 ? t.nanos / 1000 : t.nanos;
    n = std::snprintf(buffer, sizeof buffer, ".%0*d", digits, value);
    out.append(buffer, n);
  }
  out += 'Z';
  return out;
}

}  // namespace ungap::expr
