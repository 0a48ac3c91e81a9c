// Scalar scanners of the fast YAML reader: plain, quoted and block scalars, decoded and folded
// as YAML 1.2 (and yaml-cpp 0.7) read them. Forms where yaml-cpp departs from the spec or that
// our files never use throw Unsupported.
#include <algorithm>
#include <cstring>

#include "load/fast_yaml_scan.h"
#include "util/utf8.h"

namespace ungap::load::fast_yaml {

bool is_indicator(char c) {
  switch (c) {
    case '-':
    case '?':
    case ':':
    case ',':
    case '[':
    case ']':
    case '{':
    case '}':
    case '#':
    case '&':
    case '*':
    case '!':
    case '|':
    case '>':
    case '\'':
    case '"':
    case '%':
    case '@':
    case '`':
    case '\t':
      return true;
    default:
      return false;
  }
}

namespace {

// One line of a plain scalar in block context from `q`: the end of its text (trailing spaces
// trimmed) and why it stopped.
enum class PlainStop { kLineEnd, kKey, kComment };

PlainStop scan_plain_line(const Cursor& c, const char*& q, const char*& last) {
  last = q;
  for (;;) {
    char ch = c.at(q);
    switch (ch) {
      case '\n':
      case '\0':
        return PlainStop::kLineEnd;
      case ':':
        if (is_blank_or_end(c.at(q + 1))) return PlainStop::kKey;
        break;
      case '#':
        if (q[-1] == ' ') return PlainStop::kComment;
        break;
      case '\t':
        unsupported();
      case ' ':
        ++q;
        continue;
      default:
        break;
    }
    last = ++q;
  }
}

// At the first non-space of a line inside a quoted or plain scalar: whether it may continue it.
void check_continuation(const Cursor& c, int parent_indent) {
  if (c.col0() <= parent_indent || c.col0() == 0) unsupported();
}

// c.p at a '\n' inside a quoted scalar: consumes the break, empty lines and the next line's
// indentation, and appends what they fold to (nothing for an escaped break).
// yaml-cpp folds differently when the closing quote starts a continuation line.
void fold_quoted_break(Cursor& c, int parent_indent, std::string& out, bool escaped, char quote) {
  std::size_t breaks = 0;
  while (c.cur() == '\n') {
    c.newline();
    ++breaks;
    c.skip_spaces();
  }
  if (c.cur() == '\0' || c.cur() == '\t' || c.cur() == quote) unsupported();
  check_continuation(c, parent_indent);
  if (escaped) {
    if (breaks > 1) unsupported();
    return;
  }
  if (breaks == 1)
    out += ' ';
  else
    out.append(breaks - 1, '\n');
}

void trim_spaces(std::string& out, std::size_t keep) {
  while (out.size() > keep && out.back() == ' ') out.pop_back();
}

int hex_value(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  unsupported();
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) unsupported();
  util::append_utf8(out, cp);
}

// c.p just after a backslash. yaml-cpp writes \N and \_ as single raw bytes (not UTF-8) and
// accepts \' , so those are left to it; so are escapes of control and bidirectional characters,
// which the yaml-cpp path reports at the scalar (a rare error need not be fast).
void decode_escape(Cursor& c, std::string& out) {
  char e = c.cur();
  ++c.p;
  int digits = 0;
  switch (e) {
    case 't':
      out += '\t';
      return;
    case 'n':
      out += '\n';
      return;
    case 'r':
      out += '\r';
      return;
    case ' ':
      out += ' ';
      return;
    case '"':
      out += '"';
      return;
    case '/':
      out += '/';
      return;
    case '\\':
      out += '\\';
      return;
    case 'L':
      out += "\xE2\x80\xA8";
      return;
    case 'P':
      out += "\xE2\x80\xA9";
      return;
    case 'x':
      digits = 2;
      break;
    case 'u':
      digits = 4;
      break;
    case 'U':
      digits = 8;
      break;
    default:
      unsupported();
  }
  std::uint32_t cp = 0;
  for (int i = 0; i < digits; ++i) {
    cp = (cp << 4) | static_cast<std::uint32_t>(hex_value(c.cur()));
    ++c.p;
  }
  if (cp < 0xA0 || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
    // Printable ASCII by escape is fine; controls and bidi go to the checked path.
    if (cp < 0x20 || cp >= 0x7F) unsupported();
  }
  append_utf8(out, cp);
}

}  // namespace

bool scan_plain_block(Cursor& c, int parent_indent, std::string& out) {
  const char* start = c.p;
  const char* q = c.p;
  const char* last = nullptr;
  PlainStop stop = scan_plain_line(c, q, last);
  out.assign(start, last);
  c.p = last;
  if (stop != PlainStop::kLineEnd) return stop == PlainStop::kKey;
  // Look for continuation lines; `done` is where the scalar ends so far.
  Cursor done = c;
  c.p = q;
  std::size_t breaks = 0;
  while (c.cur() == '\n') {
    c.newline();
    ++breaks;
    c.skip_spaces();
    char f = c.cur();
    if (f == '\n') continue;
    if (f == '\0' || f == '#' || c.col0() <= parent_indent) break;
    if (c.col0() == 0 || f == '\t') unsupported();
    const char* line_text = c.p;
    q = c.p;
    if (scan_plain_line(c, q, last) != PlainStop::kLineEnd) unsupported();
    if (breaks == 1)
      out += ' ';
    else
      out.append(breaks - 1, '\n');
    out.append(line_text, last);
    breaks = 0;
    c.p = last;
    done = c;
    c.p = q;
  }
  c = done;
  return false;
}

void scan_plain_flow(Cursor& c, std::string& out) {
  const char* start = c.p;
  const char* last = c.p;
  for (;;) {
    char ch = c.cur();
    if (ch == '\n' || ch == '\0' || is_flow_indicator(ch)) break;
    if (ch == ':') {
      char next = c.at(c.p + 1);
      if (is_blank_or_end(next) || is_flow_indicator(next)) break;
    } else if (ch == '#' && c.p[-1] == ' ') {
      break;
    } else if (ch == '?' || ch == '\t') {
      unsupported();  // yaml-cpp ends a flow plain scalar at '?'
    }
    ++c.p;
    if (ch != ' ') last = c.p;
  }
  out.assign(start, last);
  c.p = last;
}

void scan_single_quoted(Cursor& c, int parent_indent, std::string& out) {
  ++c.p;
  out.clear();
  for (;;) {
    const char* run = c.p;
    while (c.p < c.end && *c.p != '\'' && *c.p != '\n' && *c.p != '\t') ++c.p;
    out.append(run, c.p);
    char ch = c.cur();
    if (ch == '\'') {
      if (c.at(c.p + 1) != '\'') break;
      out += '\'';
      c.p += 2;
    } else if (ch == '\n') {
      trim_spaces(out, 0);
      fold_quoted_break(c, parent_indent, out, false, '\'');
    } else {
      unsupported();  // unterminated, or a tab
    }
  }
  ++c.p;
}

void scan_double_quoted(Cursor& c, int parent_indent, std::string& out) {
  ++c.p;
  out.clear();
  std::size_t keep = 0;  // escaped characters are never trimmed
  for (;;) {
    const char* run = c.p;
    while (c.p < c.end && *c.p != '"' && *c.p != '\\' && *c.p != '\n' && *c.p != '\t') ++c.p;
    out.append(run, c.p);
    char ch = c.cur();
    if (ch == '"') break;
    if (ch == '\\') {
      ++c.p;
      if (c.cur() == '\n') {
        fold_quoted_break(c, parent_indent, out, true, '"');
      } else {
        decode_escape(c, out);
      }
      keep = out.size();
    } else if (ch == '\n') {
      trim_spaces(out, keep);
      fold_quoted_break(c, parent_indent, out, false, '"');
    } else {
      unsupported();  // unterminated, or a tab
    }
  }
  ++c.p;
}

namespace {

// The header after '|' or '>': chomping and indentation indicators, then an optional comment.
void scan_block_header(Cursor& c, char& chomp, int& explicit_indent) {
  for (int i = 0; i < 2; ++i) {
    char ch = c.cur();
    if ((ch == '+' || ch == '-') && !chomp) {
      chomp = ch;
      ++c.p;
    } else if (ch >= '1' && ch <= '9' && !explicit_indent) {
      explicit_indent = ch - '0';
      ++c.p;
    }
  }
  if (c.cur() == ' ') {
    c.skip_spaces();
    if (c.cur() == '#')
      while (c.p < c.end && *c.p != '\n') ++c.p;
  }
  if (c.cur() != '\n') unsupported();
  c.newline();
}

}  // namespace

void scan_block_scalar(Cursor& c, int parent_indent, std::string& out) {
  bool folded = *c.p == '>';
  ++c.p;
  char chomp = 0;
  int explicit_indent = 0;
  scan_block_header(c, chomp, explicit_indent);
  if (parent_indent < 0) unsupported();
  int indent = explicit_indent ? parent_indent + explicit_indent : -1;
  int leading_spaces = 0;  // the most spaces on an empty line before the first text line
  std::size_t empties = 0;
  bool any_text = false;
  bool final_break = false;
  out.clear();
  for (;;) {
    const char* line = c.p;
    const char* r = line;
    while (c.at(r) == ' ') ++r;
    int spaces = static_cast<int>(r - line);
    char f = c.at(r);
    if (f == '\n' || f == '\0') {
      if (f == '\0' && spaces > 0) unsupported();
      if (indent >= 0 && spaces > indent) unsupported();  // spaces as content
      if (f == '\0') break;
      leading_spaces = std::max(leading_spaces, spaces);
      ++empties;
      c.p = r;
      c.newline();
      continue;
    }
    if (indent < 0) {
      if (spaces <= parent_indent || leading_spaces > spaces) unsupported();
      indent = spaces;
    }
    if (spaces < indent) break;
    if (folded && (spaces > indent || f == '\t')) unsupported();  // more-indented lines
    const char* eol = static_cast<const char*>(std::memchr(r, '\n', c.end - r));
    if (!eol) eol = c.end;
    if (!any_text)
      out.append(empties, '\n');
    else if (!folded)
      out.append(empties + 1, '\n');
    else if (empties == 0)
      out += ' ';
    else
      out.append(empties, '\n');
    out.append(line + indent, eol);
    any_text = true;
    empties = 0;
    c.p = eol;
    final_break = eol != c.end;
    if (!final_break) break;
    c.newline();
  }
  if (!any_text) unsupported();
  if (chomp != '-' && final_break) out += '\n';
  if (chomp == '+' && empties > 0) {
    if (folded) unsupported();  // yaml-cpp drops a folded scalar's kept trailing lines
    out.append(empties, '\n');
  }
}

}  // namespace ungap::load::fast_yaml
