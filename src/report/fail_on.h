#pragma once
// The `--fail-on` level: which verdicts make `check` exit 1, which JUnit cases fail, and what a
// `--baseline` comparison counts as a failure (docs/commands.md).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ungap::report {

enum class FailOn { kNever, kGap, kPartial, kContested, kOverdue };

// The levels' names, in the order `--help` lists them: gap, partial, contested, overdue, never.
const std::vector<std::string>& fail_on_names();
std::string_view to_string(FailOn level);
// The level named `text`; nullopt with `error` set ("gapp not in {gap,...,never} (did you mean
// 'gap'?)") when it names none.
std::optional<FailOn> parse_fail_on(std::string_view text, std::string& error);

// Whether a verdict (or one rule of it) with this status and these flags fails at `level`.
bool fails_on(FailOn level, std::string_view status, const std::vector<std::string>& flags);

}  // namespace ungap::report
