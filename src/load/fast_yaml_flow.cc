// Flow collections for the fast YAML reader: "[a, b]" and "{k: v}", possibly over several
// lines. Forms yaml-cpp reads its own way (single-pair mappings in a sequence, empty entries,
// trailing commas, multi-line plain scalars) are left to it.
#include "load/fast_yaml_parser.h"

namespace ungap::load::fast_yaml {
namespace {

bool plain_start_in_flow(const Cursor& c) {
  char f = c.cur();
  if (f == '-') {
    char next = c.at(c.p + 1);
    return !is_blank_or_end(next) && !is_flow_indicator(next) && next != '\t';
  }
  return f != '\0' && f != '\n' && f != ' ' && !is_indicator(f);
}

}  // namespace

// Spaces, line breaks and comments between flow tokens; each new line must be indented more
// than the enclosing block collection.
void Parser::skip_flow_space(int block_indent) {
  Cursor& c = m_c;
  for (;;) {
    char f = c.cur();
    if (f == ' ') {
      ++c.p;
    } else if (f == '\n') {
      c.newline();
      c.skip_spaces();
      char g = c.cur();
      if (g != '\n' && g != '\0' && (c.col0() <= block_indent || c.col0() == 0)) unsupported();
    } else if (f == '#') {
      if (c.p != c.line_start && c.p[-1] != ' ') unsupported();
      skip_comment();
    } else if (f == '\t') {
      unsupported();
    } else {
      return;
    }
  }
}

// A flow sequence or mapping whose bracket is under c.p.
const YNode* Parser::parse_flow(int block_indent) {
  Cursor& c = m_c;
  bool is_map = c.cur() == '{';
  char closer = is_map ? '}' : ']';
  YNode* n = make(is_map ? YNode::Kind::kMap : YNode::Kind::kSequence, c.mark());
  std::size_t base = open(n);
  ++c.p;
  skip_flow_space(block_indent);
  while (c.cur() != closer) {
    const char* start = c.p;
    const YNode* item = parse_flow_node(block_indent);
    std::ptrdiff_t length = c.p - start;
    skip_flow_space(block_indent);
    m_stack.push_back(item);
    if (is_map) {
      if (item->is_seq() || item->is_map() || c.cur() != ':' || length > kMaxKeyBytes)
        unsupported();
      ++c.p;
      if (!is_blank_or_end(c.cur())) unsupported();
      skip_flow_space(block_indent);
      if (c.cur() == ',' || c.cur() == closer) unsupported();  // an empty value
      m_stack.push_back(parse_flow_node(block_indent));
      skip_flow_space(block_indent);
    }
    if (c.cur() == closer) break;
    if (c.cur() != ',') unsupported();
    ++c.p;
    skip_flow_space(block_indent);
    if (c.cur() == closer) unsupported();  // a trailing comma
  }
  ++c.p;
  close(n, base);
  return n;
}

const YNode* Parser::parse_flow_node(int block_indent) {
  Cursor& c = m_c;
  char f = c.cur();
  if (f == '[' || f == '{') return parse_flow(block_indent);
  YNode* n = make(YNode::Kind::kScalar, c.mark());
  if (f == '\'' || f == '"') {
    n->style = f;
    if (f == '\'')
      scan_single_quoted(c, block_indent, n->value);
    else
      scan_double_quoted(c, block_indent, n->value);
    check_size(n);
    return n;
  }
  if (!plain_start_in_flow(c)) unsupported();
  scan_plain_flow(c, n->value);
  finish_plain(n);
  return n;
}

}  // namespace ungap::load::fast_yaml
