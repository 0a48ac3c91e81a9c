#include "util/suggest.h"

#include <fmt/format.h>

#include <algorithm>

namespace ungap::util {

namespace {

// Shorter words extend to too many ids for the extension to be a good guess.
constexpr std::size_t kMinExtended = 4;

}  // namespace

// Optimal string alignment distance: insertions, deletions, substitutions and transpositions
// of neighbours each cost 1, so "titel" is one step from "title".
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

namespace {

constexpr std::size_t kMaxSuggestedWord = 64;
constexpr std::size_t kMaxSuggestWork = 1'000'000;  // distance cells per call: about 1 ms

}  // namespace

std::string shortest_extension(std::string_view word,
                               const std::vector<std::string_view>& candidates) {
  if (word.size() < kMinExtended) return {};
  std::string_view found;
  for (std::string_view c : candidates)
    if (c.size() > word.size() && c.starts_with(word) && (found.empty() || c.size() < found.size()))
      found = c;
  return std::string(found);
}

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
  if (word.size() > kMaxSuggestedWord) return {};  // not a typo, and the distance is costly
  std::vector<std::string_view> views(candidates.begin(), candidates.end());
  if (std::string extension = shortest_extension(word, views); !extension.empty()) return extension;
  std::size_t limit = word.size() <= 3 ? 1 : std::max<std::size_t>(2, word.size() / 3);
  std::size_t best = limit + 1;
  std::string_view found;
  std::size_t work = 0;
  for (std::string_view c : views) {
    // The word itself is no suggestion: it was looked up where it does not exist (say, in a
    // framework whose id is given twice), so "did you mean 'x'" for 'x' would only confuse.
    if (c == word) continue;
    // The distance is at least the difference in length, so a far longer id (a hostile 1 MB
    // one) is skipped without computing it, and a call does bounded work over many candidates.
    std::size_t gap = c.size() > word.size() ? c.size() - word.size() : word.size() - c.size();
    if (gap > limit) continue;
    work += (word.size() + 1) * (c.size() + 1);
    if (work > kMaxSuggestWork) break;
    std::size_t d = edit_distance(word, c);
    if (d < best) {
      best = d;
      found = c;
    }
  }
  return std::string(found);
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string c = closest(word, candidates);
  return c.empty() ? std::string() : fmt::format(" (did you mean '{}'?)", c);
}

}  // namespace ungap::util
