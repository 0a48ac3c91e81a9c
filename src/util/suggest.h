#pragma once
// "Did you mean" suggestions for misspelt keys, ids and names.
#include <string>
#include <string_view>
#include <vector>

namespace ungap::util {

std::size_t edit_distance(std::string_view a, std::string_view b);
// The shortest candidate that extends the word (for a word of 4 characters or more), else the
// closest within a distance that scales with the word's length, or "". Ties go to the
// candidate listed first, so suggestions are deterministic. Bounded: a word over 64
// bytes gets none, and a call stops after a million steps of distance computing.
// The one "did you mean" of ungap: keys, ids, terms, options and CEL names alike.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);
// The shortest candidate that extends a word of 4 characters or more ("u2023.tech" ->
// "u2023.technology"), or "": a word cut short is likelier than a parent a smaller edit
// distance would offer.
std::string shortest_extension(std::string_view word,
                               const std::vector<std::string_view>& candidates);
// " (did you mean 'x'?)" or "".
// Callers that may report thousands of unknown names suggest only for the first few
// (kMaxSuggestions each), so a hostile workspace cannot make suggesting quadratic.
inline constexpr int kMaxSuggestions = 100;
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace ungap::util
