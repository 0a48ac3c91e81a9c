#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ungap::expr {

// The shortest candidate that extends `word` (see util::shortest_extension), else the one
// closest by edit distance, if close enough to be a likely typo (distance at most 2, and less
// than half the word); empty otherwise.
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace ungap::expr
