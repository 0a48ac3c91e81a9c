#include "expr/timestamp.h"

#include <cstdio>

#include "util/date.h"

namespace ungap::expr {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

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

// YYYY-MM-DD starting at pos, a real calendar day (util::parse_date) from year 1 on: CEL has no
// year 0.
std::optional<std::int64_t> read_date(std::string_view text, std::size_t& pos) {
  std::string_view date = text.substr(pos, 10);
  auto parsed = util::parse_date(date);
  if (!parsed || date.starts_with("0000")) return std::nullopt;
  pos += date.size();
  return parsed->days;
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

CivilTime civil_from_seconds(std::int64_t seconds) {
  std::int64_t days = seconds / kSecondsPerDay;
  std::int64_t rem = seconds % kSecondsPerDay;
  if (rem < 0) {
    rem += kSecondsPerDay;
    --days;
  }
  const util::Civil civil = util::civil_from_days(days);
  CivilTime c;
  c.day = static_cast<int>(civil.day);
  c.month = static_cast<int>(civil.month);
  c.year = civil.year;
  c.hour = static_cast<int>(rem / 3600);
  c.minute = static_cast<int>(rem / 60 % 60);
  c.second = static_cast<int>(rem % 60);
  c.day_of_week = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
  c.day_of_year = static_cast<int>(days - util::days_from_civil(c.year, 1, 1));
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
