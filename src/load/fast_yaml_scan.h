#pragma once
// Internals of the fast YAML reader (fast_yaml.h): a cursor over the file's bytes that tracks
// lines, and the scalar scanners. Anything outside the subset throws Unsupported, and the file
// is then read by yaml-cpp instead; nothing here reports a diagnostic.
#include <cstddef>
#include <cstdint>
#include <string>

namespace ungap::load::fast_yaml {

// Thrown when the text uses something the fast reader does not handle, or may be an error.
struct Unsupported {};
[[noreturn]] inline void unsupported() {
  throw Unsupported{};
}

// Records that the text nests deeper than the user's limit at this 1-based line and column.
void record_too_deep(std::uint32_t line, std::uint32_t col);

// Where a token starts, as yaml-cpp's marks give it.
struct Mark {
  std::uint32_t line = 0;  // 1-based
  std::uint32_t col = 0;   // 1-based
  std::size_t offset = 0;
};

// The read position. The text holds no NUL byte (checked first), so at() returning '\0' means
// the end of the input.
struct Cursor {
  const char* begin = nullptr;
  const char* end = nullptr;
  const char* p = nullptr;
  const char* line_start = nullptr;
  std::uint32_t line = 1;

  char at(const char* q) const { return q < end ? *q : '\0'; }
  char cur() const { return at(p); }
  int col0() const { return static_cast<int>(p - line_start); }
  Mark mark() const {
    return {line, static_cast<std::uint32_t>(p - line_start + 1),
            static_cast<std::size_t>(p - begin)};
  }
  // Steps over the '\n' at p.
  void newline() {
    ++p;
    ++line;
    line_start = p;
  }
  void skip_spaces() {
    while (at(p) == ' ') ++p;
  }
};

inline bool is_blank_or_end(char c) {
  return c == ' ' || c == '\n' || c == '\0';
}
inline bool is_flow_indicator(char c) {
  return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}
// Characters that cannot start a plain scalar (or that start one only in a form not handled).
bool is_indicator(char c);

// A plain scalar in block context, starting at c.p. Continuation lines (indented more than
// `parent_indent`) are folded in unless the first line ends in a key's ':'. Leaves c.p just after
// the scalar's last character. Returns whether the scalar is followed by ": " on its first line.
bool scan_plain_block(Cursor& c, int parent_indent, std::string& out);
// A plain scalar inside a flow collection: one line, ending at ",[]{}", ": " or " #".
void scan_plain_flow(Cursor& c, std::string& out);
// A quoted scalar starting at the quote under c.p; continuation lines must be indented more
// than `parent_indent`. Leaves c.p after the closing quote.
void scan_single_quoted(Cursor& c, int parent_indent, std::string& out);
void scan_double_quoted(Cursor& c, int parent_indent, std::string& out);
// A literal or folded block scalar whose indicator is under c.p; `parent_indent` is the indent
// of the innermost block collection. Leaves c.p at the start of the first line after it.
void scan_block_scalar(Cursor& c, int parent_indent, std::string& out);

}  // namespace ungap::load::fast_yaml
