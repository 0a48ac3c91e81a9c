#include "util/text.h"

#include <array>

namespace ungap::util {

namespace {

struct Fold {
  std::string_view from;
  char to;
};

// Typographic characters (UTF-8) and what they fold to.
constexpr std::array<Fold, 9> kFolds{{
    {"\u2018", '\''}, {"\u2019", '\''}, {"\u201A", '\''}, {"\u201C", '"'}, {"\u201D", '"'},
    {"\u201E", '"'}, {"\u2013", '-'}, {"\u2014", '-'}, {"\u00A0", ' '},
}};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

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

bool quote_occurs(std::string_view needle, std::string_view haystack) {
  return normalize_for_quote(haystack).find(normalize_for_quote(needle)) != std::string::npos;
}

std::string ellipsize(std::string_view text, std::size_t max) {
  if (text.size() <= max) return std::string(text);
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

}  // namespace ungap::util
