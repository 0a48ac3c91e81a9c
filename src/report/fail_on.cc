#include "report/fail_on.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "util/suggest.h"

namespace ungap::report {

namespace {

struct Level {
  FailOn level;
  std::string_view name;
};

// clang-format off
constexpr Level kLevels[] = {
    {FailOn::kGap, "gap"},
    {FailOn::kPartial, "partial"},
    {FailOn::kContested, "contested"},
    {FailOn::kOverdue, "overdue"},
    {FailOn::kNever, "never"},
};
// clang-format on

bool has(const std::vector<std::string>& flags, std::string_view flag) {
  return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

}  // namespace

const std::vector<std::string>& fail_on_names() {
  static const std::vector<std::string> k = [] {
    std::vector<std::string> out;
    for (const auto& l : kLevels) out.emplace_back(l.name);
    return out;
  }();
  return k;
}

std::string_view to_string(FailOn level) {
  for (const auto& l : kLevels)
    if (l.level == level) return l.name;
  return "never";
}

std::optional<FailOn> parse_fail_on(std::string_view text, std::string& error) {
  for (const auto& l : kLevels)
    if (l.name == text) return l.level;
  // The words of CLI11's own check for a closed set, so every option says it alike.
  error = fmt::format("{} not in {{{}}}{}", text, fmt::join(fail_on_names(), ","),
                      util::did_you_mean(text, fail_on_names()));
  return std::nullopt;
}

bool fails_on(FailOn level, std::string_view status, const std::vector<std::string>& flags) {
  switch (level) {
    case FailOn::kGap:
      return status == "gap";
    case FailOn::kPartial:
      return status == "gap" || status == "partial";
    case FailOn::kContested:
      return has(flags, "contested");
    case FailOn::kOverdue:
      return has(flags, "overdue");
    case FailOn::kNever:
      return false;
  }
  return false;
}

}  // namespace ungap::report
