// Block structure for the fast YAML reader: nodes, mappings and sequences by indentation.
#include "load/fast_yaml_parser.h"

namespace ungap::load::fast_yaml {
namespace {

// Whether a plain scalar may start here: not at an indicator, but "-x" is a scalar.
bool plain_start(const Cursor& c) {
  char f = c.cur();
  if (f == '-') {
    char next = c.at(c.p + 1);
    return !is_blank_or_end(next) && next != '\t';
  }
  return f != '\0' && f != '\n' && f != ' ' && !is_indicator(f);
}

// After a key's text: spaces, then ':' and a blank.
bool at_key_colon(Cursor& c) {
  c.skip_spaces();
  return c.cur() == ':' && is_blank_or_end(c.at(c.p + 1));
}

}  // namespace

// A node starting at c.p, on its own line or after "- " or "key: " (then `allow_map` says
// whether a compact mapping may start here). `parent_indent` is the enclosing collection's.
const YNode* Parser::parse_block_node(int parent_indent, bool allow_map) {
  Cursor& c = m_c;
  char f = c.cur();
  if (f == '-' && is_blank_or_end(c.at(c.p + 1))) {
    if (!allow_map) unsupported();
    return parse_block_seq();
  }
  if (f == '[' || f == '{') {
    const YNode* n = parse_flow(parent_indent);
    if (at_key_colon(c)) unsupported();  // a flow collection as a key
    return n;
  }
  if (f == '\'' || f == '"') return parse_quoted_node(parent_indent, allow_map);
  YNode* n = make(YNode::Kind::kScalar, c.mark());
  if (f == '|' || f == '>') {
    n->style = f;
    scan_block_scalar(c, parent_indent, n->value);
    check_size(n);
    return n;
  }
  if (!plain_start(c)) unsupported();
  const char* start = c.p;
  bool key = scan_plain_block(c, parent_indent, n->value);
  finish_plain(n);
  if (!key) return n;
  if (!allow_map || c.p - start > kMaxKeyBytes) unsupported();
  return parse_block_map(n);
}

const YNode* Parser::parse_quoted_node(int parent_indent, bool allow_map) {
  Cursor& c = m_c;
  YNode* n = make(YNode::Kind::kScalar, c.mark());
  n->style = c.cur();
  const char* start = c.p;
  if (n->style == '\'')
    scan_single_quoted(c, parent_indent, n->value);
  else
    scan_double_quoted(c, parent_indent, n->value);
  check_size(n);
  const char* end = c.p;
  if (!at_key_colon(c)) {
    c.p = end;
    return n;
  }
  if (!allow_map || c.line != n->line || end - start > kMaxKeyBytes) unsupported();
  return parse_block_map(n);
}

// A block mapping whose first key has been read (c.p after it); its indent is that key's.
const YNode* Parser::parse_block_map(YNode* first_key) {
  Cursor& c = m_c;
  int indent = static_cast<int>(first_key->col) - 1;
  YNode* map = make(YNode::Kind::kMap, {first_key->line, first_key->col, first_key->offset});
  std::size_t base = open(map);
  YNode* key = first_key;
  for (;;) {
    at_key_colon(c);
    ++c.p;
    m_stack.push_back(key);
    m_stack.push_back(parse_map_value(indent));
    if (!next_content_line() || c.col0() < indent) break;
    if (c.col0() > indent) unsupported();
    key = parse_key(indent);
  }
  close(map, base);
  return map;
}

// A key at c.p, on one line, followed by ':'; leaves c.p after its text.
YNode* Parser::parse_key(int indent) {
  Cursor& c = m_c;
  YNode* k = make(YNode::Kind::kScalar, c.mark());
  const char* start = c.p;
  char f = c.cur();
  if (f == '\'' || f == '"') {
    k->style = f;
    if (f == '\'')
      scan_single_quoted(c, indent, k->value);
    else
      scan_double_quoted(c, indent, k->value);
    if (c.line != k->line) unsupported();
    check_size(k);
  } else {
    if (!plain_start(c) || !scan_plain_block(c, indent, k->value)) unsupported();
    finish_plain(k);
  }
  const char* end = c.p;
  if (end - start > kMaxKeyBytes || !at_key_colon(c)) unsupported();
  c.p = end;
  return k;
}

// The value after "key:" (c.p after the ':'): on the same line, indented below, a sequence at
// the key's own indent, or empty.
const YNode* Parser::parse_map_value(int indent) {
  Cursor& c = m_c;
  c.skip_spaces();
  char f = c.cur();
  if (f == '\t') unsupported();
  if (f != '\n' && f != '\0' && f != '#') return parse_block_node(indent, false);
  if (!next_content_line()) return null_here();
  if (c.col0() > indent) return parse_block_node(indent, true);
  if (c.col0() == indent && is_dash_entry(c)) return parse_block_seq();
  return null_here();
}

// A block sequence whose first '-' is under c.p.
const YNode* Parser::parse_block_seq() {
  Cursor& c = m_c;
  int indent = c.col0();
  YNode* seq = make(YNode::Kind::kSequence, c.mark());
  std::size_t base = open(seq);
  for (;;) {
    ++c.p;
    m_stack.push_back(parse_seq_item(indent));
    if (!next_content_line() || c.col0() < indent) break;
    if (c.col0() > indent) unsupported();
    if (!is_dash_entry(c)) break;  // the next key of a mapping at the same indent
  }
  close(seq, base);
  return seq;
}

// The item after a '-' (c.p after it): on the same line (maybe a compact mapping or
// sequence), indented below, or empty.
const YNode* Parser::parse_seq_item(int indent) {
  Cursor& c = m_c;
  c.skip_spaces();
  char f = c.cur();
  if (f == '\t') unsupported();
  if (f != '\n' && f != '\0' && f != '#') return parse_block_node(indent, true);
  if (!next_content_line()) return null_here();
  if (c.col0() > indent) return parse_block_node(indent, true);
  return null_here();
}

}  // namespace ungap::load::fast_yaml
