#pragma once
// Text helpers shared by loaders and writers.
#include <string>
#include <string_view>
#include <vector>

namespace ungap::util {

// Folds runs of white space to one space, trims, and maps typographic quotes and dashes to
// ASCII (’ ‘ → ', “ ” → ", – — → -), so a quote matches its source snapshot however either
// was typed.
std::string normalize_for_quote(std::string_view text);
// Where `needle` first occurs in `haystack`, or npos, in time linear in their lengths (the
// library's find is fast on ordinary text but takes length x length on crafted input: a 1 MB
// quote against a 16 MB snapshot would run for hours).
std::size_t find_text(std::string_view haystack, std::string_view needle);
// Whether `needle` occurs in `haystack` once both are normalised.
bool quote_occurs(std::string_view needle, std::string_view haystack);
// A string shortened to at most `max` bytes (on a UTF-8 boundary) with "..." appended.
std::string ellipsize(std::string_view text, std::size_t max);
// Display width of UTF-8 text for aligned columns, counting each code point as one column.
std::size_t display_width(std::string_view text);
// Rows as left-aligned columns two spaces apart, widths by display_width, the last column not
// padded and no trailing spaces: `list`, the matrix layout and any other plain table.
std::string aligned_columns(const std::vector<std::vector<std::string>>& rows);

}  // namespace ungap::util
