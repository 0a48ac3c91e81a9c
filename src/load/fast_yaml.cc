// The fast YAML reader's entry point and line handling: byte checks, comments, blank lines and
// document markers.
#include "load/fast_yaml.h"

#include <algorithm>
#include <cstring>

#include "load/fast_yaml_parser.h"

namespace ungap::load {
namespace fast_yaml {
namespace {

// yaml-cpp's own recursion guard stops at 500 levels, whatever our limit says.
constexpr std::uint32_t kMaxDepth = 400;

// Valid UTF-8 without the characters yaml-cpp treats specially or that input checks reject:
// C0 controls but tab and line feed (so also CR), DEL, C1 controls (NEL), BOM, LS and PS.
bool supported_bytes(std::string_view text) {
  static constexpr std::uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    unsigned char b = *p;
    if ((b >= 0x20 && b < 0x7f) || b == '\n' || b == '\t') {
      ++p;
      continue;
    }
    int n = 0;
    std::uint32_t cp = 0;
    if ((b & 0xE0) == 0xC0) {
      n = 1, cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
      n = 2, cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
      n = 3, cp = b & 0x07;
    } else {
      return false;
    }
    if (end - p <= n) return false;
    for (int i = 1; i <= n; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    if (cp <= 0x9F || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029) return false;
    p += n + 1;
  }
  return true;
}

}  // namespace

Parser::Parser(std::string_view text, const Limits& limits, std::deque<YNode>& nodes)
    : m_limits(limits), m_nodes(nodes) {
  m_c.begin = m_c.p = m_c.line_start = text.data();
  m_c.end = text.data() + text.size();
  m_stack.reserve(256);
  m_max_depth = std::min<std::uint32_t>(limits.max_depth, kMaxDepth);
}

const YNode* Parser::parse_document() {
  if (!next_content_line()) unsupported();  // no document: yaml-cpp's path says so
  bool marker = m_c.col0() == 0 && at_marker("---");
  m_started = true;
  if (marker) {
    m_c.p += 3;
    if (!next_content_line()) unsupported();
  }
  const YNode* root = parse_block_node(-1, true);
  if (next_content_line()) unsupported();
  return root;
}

void Parser::finish_plain(YNode* n) const {
  check_size(n);
  if (plain_null(n->value)) {
    n->kind = YNode::Kind::kNull;
    n->value.clear();
  } else if (n->value == "<<") {
    unsupported();  // a merge key, which yaml-cpp's path reports
  }
}

void Parser::close(YNode* n, std::size_t base) {
  --m_depth;
  n->items.assign(m_stack.begin() + static_cast<std::ptrdiff_t>(base), m_stack.end());
  m_stack.resize(base);
  for (const YNode* child : n->items) n->size += child->size;
}

bool Parser::at_marker(const char* marker) const {
  return m_c.end - m_c.p >= 3 && std::memcmp(m_c.p, marker, 3) == 0 &&
         is_blank_or_end(m_c.at(m_c.p + 3));
}

void Parser::skip_comment() {
  const void* nl = std::memchr(m_c.p, '\n', static_cast<std::size_t>(m_c.end - m_c.p));
  m_c.p = nl ? static_cast<const char*>(nl) : m_c.end;
}

// Moves to the first non-space of the next line with content, after checking that only spaces
// and a comment end the current one. Returns false at the end of the document.
bool Parser::next_content_line() {
  Cursor& c = m_c;
  if (c.p == m_positioned) return c.p < c.end;
  if (c.p != c.line_start) {
    c.skip_spaces();
    if (c.cur() == '#') {
      if (c.p[-1] != ' ') unsupported();
      skip_comment();
    }
    if (c.cur() == '\n')
      c.newline();
    else if (c.cur() != '\0')
      unsupported();
  }
  for (;;) {
    c.skip_spaces();
    char f = c.cur();
    if (f == '#') {
      skip_comment();
      f = c.cur();
    }
    if (f == '\n') {
      c.newline();
      continue;
    }
    if (f == '\t') unsupported();
    if (f != '\0' && c.col0() == 0) document_ends_here();
    break;
  }
  m_positioned = c.p;
  return c.p < c.end;
}

// At a line's first column: a second "---" is another document; after "..." only blank and
// comment lines may follow, and the document ends there (where yaml-cpp's last marks point).
bool Parser::document_ends_here() {
  if (at_marker("---")) {
    if (m_started) unsupported();
    return false;
  }
  if (!at_marker("...")) return false;
  const char* marker = m_c.p;
  m_c.p += 3;
  for (;;) {
    m_c.skip_spaces();
    if (m_c.cur() == '#') skip_comment();
    if (m_c.cur() == '\0') break;
    if (m_c.cur() != '\n') unsupported();
    ++m_c.p;
  }
  m_c.end = m_c.p = marker;
  return true;
}

thread_local std::size_t t_unsupported_offset = 0;
thread_local std::optional<TooDeep> t_too_deep;

void record_too_deep(std::uint32_t line, std::uint32_t col) {
  t_too_deep = TooDeep{line, col};
}

}  // namespace fast_yaml

const YNode* parse_fast_yaml(std::string_view text, const Limits& limits,
                             std::deque<YNode>& nodes) {
  fast_yaml::t_unsupported_offset = text.size();
  fast_yaml::t_too_deep.reset();
  if (!fast_yaml::supported_bytes(text)) return nullptr;
  fast_yaml::Parser parser(text, limits, nodes);
  try {
    return parser.parse_document();
  } catch (const fast_yaml::Unsupported&) {
    fast_yaml::t_unsupported_offset = parser.offset();
    return nullptr;
  }
}

std::size_t last_unsupported_offset() {
  return fast_yaml::t_unsupported_offset;
}

std::optional<TooDeep> last_too_deep() {
  return fast_yaml::t_too_deep;
}

}  // namespace ungap::load
