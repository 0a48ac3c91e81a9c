#include "util/text.h"

#include <algorithm>
#include <array>
#include <vector>

namespace ungap::util {

namespace {

struct Fold {
  std::string_view from;
  char to;
};

// Typographic characters (UTF-8) and what they fold to.
constexpr std::array<Fold, 9> kFolds{{
    {"\u2018", '\''},
    {"\u2019", '\''},
    {"\u201A", '\''},
    {"\u201C", '"'},
    {"\u201D", '"'},
    {"\u201E", '"'},
    {"\u2013", '-'},
    {"\u2014", '-'},
    {"\u00A0", ' '},
}};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace

std::string normalize_for_quote(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    std::size_t len = 1;
    for (const auto& f : kFolds) {
      if (text.substr(i, f.from.size()) == f.from) {
        c = f.to;
        len = f.from.size();
        break;
      }
    }
    i += len;
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::size_t find_text(std::string_view haystack, std::string_view needle) {
  // A short needle costs at most its length per byte: the library's search is then fastest.
  constexpr std::size_t kShort = 64;
  if (needle.size() <= kShort || needle.size() > haystack.size()) return haystack.find(needle);
  // Knuth-Morris-Pratt: each byte of the haystack is looked at a bounded number of times.
  std::vector<std::size_t> fail(needle.size(), 0);
  for (std::size_t i = 1, k = 0; i < needle.size(); ++i) {
    while (k > 0 && needle[i] != needle[k]) k = fail[k - 1];
    if (needle[i] == needle[k]) ++k;
    fail[i] = k;
  }
  for (std::size_t i = 0, k = 0; i < haystack.size(); ++i) {
    while (k > 0 && haystack[i] != needle[k]) k = fail[k - 1];
    if (haystack[i] == needle[k]) ++k;
    if (k == needle.size()) return i + 1 - k;
  }
  return std::string_view::npos;
}

bool quote_occurs(std::string_view needle, std::string_view haystack) {
  return find_text(normalize_for_quote(haystack), normalize_for_quote(needle)) != std::string::npos;
}

std::string ellipsize(std::string_view text, std::size_t max) {
  if (text.size() <= max) return std::string(text);
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

std::size_t display_width(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string aligned_columns(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> w;
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (w.size() <= i) w.push_back(0);
      w[i] = std::max(w[i], display_width(r[i]));
    }
  std::string out;
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) {
      line += r[i];
      if (i + 1 < r.size()) line += std::string(w[i] - display_width(r[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace ungap::util
