#include "load/reader.h"

#include <fmt/format.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "load/scalar_positions.h"
#include "util/suggest.h"
#include "util/text.h"

namespace ungap::load {

bool valid_id(std::string_view s) {
  auto lower_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (s.empty() || !lower_or_digit(s[0])) return false;
  for (char c : s)
    if (!lower_or_digit(c) && c != '.' && c != '_' && c != '-') return false;
  return true;
}

static std::string shown(std::string_view s) {
  return util::ellipsize(s, 60);
}

std::optional<std::string> Reader::string(const YNode& n) {
  if (n.is_scalar()) return n.value;
  error(n, fmt::format("expected a string, found {}", describe(n)), "wrong-type");
  return std::nullopt;
}

std::optional<std::string> Reader::id(const YNode& n) {
  auto s = string(n);
  if (!s) return std::nullopt;
  if (valid_id(*s)) return s;
  error(n,
        fmt::format("invalid id '{}': ids are lower-case letters, digits, '.', '_' and '-', "
                    "starting with a letter or digit",
                    shown(*s)),
        "invalid-id");
  return std::nullopt;
}

std::optional<std::string> Reader::full_ref(const YNode& n) {
  auto s = string(n);
  if (!s) return std::nullopt;
  auto slash = s->find('/');
  if (slash != std::string::npos && valid_id(s->substr(0, slash)) && valid_id(s->substr(slash + 1)))
    return s;
  error(n,
        fmt::format("invalid obligation reference '{}': expected FRAMEWORK/OBLIGATION, "
                    "e.g. ungp/15.a",
                    shown(*s)),
        "invalid-id");
  return std::nullopt;
}

std::optional<model::Ref> Reader::ref(const YNode& n) {
  auto s = id(n);
  if (!s) return std::nullopt;
  return model::Ref{*s, loc(n)};
}

std::optional<util::Date> Reader::date(const YNode& n) {
  auto s = string(n);
  if (!s) return std::nullopt;
  if (auto d = util::parse_date(*s)) return d;
  bool shaped = s->size() == 10 && (*s)[4] == '-' && (*s)[7] == '-';
  error(n,
        fmt::format("invalid date '{}': {}", shown(*s),
                    shaped ? "no such day in the calendar" : "expected YYYY-MM-DD"),
        "invalid-date");
  return std::nullopt;
}

std::optional<long long> Reader::integer(const YNode& n) {
  if (n.is_scalar() && n.style == 0 && !n.value.empty()) {
    errno = 0;
    char* end = nullptr;
    long long v = std::strtoll(n.value.c_str(), &end, 10);
    if (errno == 0 && end && *end == '\0') return v;
  }
  error(n,
        fmt::format("expected an integer, found {}",
                    n.is_scalar() ? "'" + shown(n.value) + "'" : describe(n)),
        "wrong-type");
  return std::nullopt;
}

std::optional<double> Reader::number(const YNode& n) {
  if (n.is_scalar() && n.style == 0 && !n.value.empty()) {
    errno = 0;
    char* end = nullptr;
    double v = std::strtod(n.value.c_str(), &end);
    if (errno == 0 && end && *end == '\0' && std::isfinite(v)) return v;
  }
  error(n,
        fmt::format("expected a number, found {}",
                    n.is_scalar() ? "'" + shown(n.value) + "'" : describe(n)),
        "wrong-type");
  return std::nullopt;
}

std::optional<bool> Reader::boolean(const YNode& n) {
  if (n.is_scalar() && n.style == 0 && (n.value == "true" || n.value == "false"))
    return n.value == "true";
  error(n,
        fmt::format("expected true or false, found {}",
                    n.is_scalar() ? "'" + shown(n.value) + "'" : describe(n)),
        "wrong-type");
  return std::nullopt;
}

std::vector<std::string> Reader::string_list(const YNode& n) {
  std::vector<std::string> out;
  if (!expect_list(n, "a list of strings")) return out;
  for (const YNode* item : n.items)
    if (auto s = string(*item)) out.push_back(*s);
  return out;
}

std::vector<model::Ref> Reader::id_list(const YNode& n) {
  std::vector<model::Ref> out;
  if (!expect_list(n, "a list of ids")) return out;
  for (const YNode* item : n.items)
    if (auto r = ref(*item)) out.push_back(*r);
  return out;
}

bool Reader::expect_map(const YNode& n, std::string_view what) {
  if (n.is_map()) return true;
  error(n, fmt::format("expected {} (a mapping), found {}", what, describe(n)), "wrong-type");
  return false;
}

bool Reader::expect_list(const YNode& n, std::string_view what) {
  if (n.is_seq()) return true;
  error(n, fmt::format("expected {}, found {}", what, describe(n)), "wrong-type");
  return false;
}

void Reader::enum_error(const YNode& n, const std::string& value, std::string_view what,
                        const std::vector<std::string>& allowed) {
  error(n,
        fmt::format("invalid {} '{}': expected one of {}{}", what, shown(value),
                    fmt::join(allowed, ", "), util::did_you_mean(value, allowed)),
        "invalid-value");
}

// YAML 1.2 core schema for plain scalars; quoted scalars are always strings.
model::Data Reader::scalar_data(const YNode& n) {
  model::Data d;
  d.kind = model::Data::Kind::kString;
  d.string = n.value;
  if (n.style != 0) return d;
  const std::string& v = n.value;
  if (v == "true" || v == "false") {
    d.kind = model::Data::Kind::kBool;
    d.boolean = v == "true";
  } else if (auto date = util::parse_date(v)) {
    d.kind = model::Data::Kind::kDate;
    d.date = *date;
  } else if (!v.empty()) {
    char* end = nullptr;
    errno = 0;
    long long i = std::strtoll(v.c_str(), &end, 10);
    if (errno == 0 && *end == '\0') {
      d.kind = model::Data::Kind::kInt;
      d.integer = i;
      return d;
    }
    errno = 0;
    double r = std::strtod(v.c_str(), &end);
    if (errno == 0 && *end == '\0' && std::isfinite(r) && v.find_first_of("0123456789") == 0) {
      d.kind = model::Data::Kind::kDouble;
      d.real = r;
    }
  }
  return d;
}

model::Data Reader::data(const YNode& n) {
  model::Data d;
  switch (n.kind) {
    case YNode::Kind::kNull:
      return d;
    case YNode::Kind::kScalar:
      return scalar_data(n);
    case YNode::Kind::kSequence:
      d.kind = model::Data::Kind::kList;
      for (const YNode* item : n.items) d.list.push_back(data(*item));
      return d;
    case YNode::Kind::kMap:
      d.kind = model::Data::Kind::kMap;
      for (std::size_t i = 0; i < n.pair_count(); ++i) {
        if (n.key(i).is_merge_key()) continue;
        auto k = string(n.key(i));
        if (!k) continue;
        if (d.find(*k)) {
          error(n.key(i), fmt::format("duplicate key '{}'", shown(*k)), "duplicate-key");
          continue;
        }
        d.map.push_back({*k, data(n.val(i))});
      }
      return d;
  }
  return d;
}

std::optional<util::LocatedText> Reader::located(const YNode& n) {
  auto s = string(n);
  if (!s) return std::nullopt;
  return locate_scalar(m_file, n.line, n.col, n.offset, n.style, *s);
}

}  // namespace ungap::load
