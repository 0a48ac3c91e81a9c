#pragma once
// The fast YAML reader's parser (fast_yaml.h): one pass over the bytes, block structure by
// indentation (fast_yaml_block.cc), flow collections by recursive descent (fast_yaml_flow.cc).
// Marks follow yaml-cpp's: a scalar at its first byte (quote or block indicator included), a
// collection at its first token, an empty value at the token after it.
#include <cstdint>
#include <deque>
#include <string_view>
#include <vector>

#include "load/fast_yaml_scan.h"
#include "load/limits.h"
#include "load/yaml_tree.h"

namespace ungap::load::fast_yaml {

// yaml-cpp does not take a simple key longer than about this.
constexpr std::ptrdiff_t kMaxKeyBytes = 1000;

inline bool is_dash_entry(const Cursor& c) {
  return c.cur() == '-' && is_blank_or_end(c.at(c.p + 1));
}

class Parser {
 public:
  Parser(std::string_view text, const Limits& limits, std::deque<YNode>& nodes);
  // The document's root; throws Unsupported.
  const YNode* parse_document();
  // Where reading stopped, to tell why a file was left to yaml-cpp.
  std::size_t offset() const { return static_cast<std::size_t>(m_c.p - m_c.begin); }

 private:
  YNode* make(YNode::Kind kind, const Mark& at) {
    YNode& n = m_nodes.emplace_back();
    n.kind = kind;
    n.line = at.line;
    n.col = at.col;
    n.offset = at.offset;
    return &n;
  }
  // An empty node, marked at the next token. At the end of the input yaml-cpp's mark is at
  // column 1 after a final line break, and its own way without one.
  YNode* null_here() {
    Mark at = m_c.mark();
    if (m_c.p >= m_c.end) {
      if (m_c.end == m_c.begin || m_c.end[-1] != '\n') unsupported();
      at.col = 1;
    }
    return make(YNode::Kind::kNull, at);
  }
  void check_size(const YNode* n) const {
    if (n->value.size() > m_limits.max_scalar_bytes) unsupported();
  }
  void finish_plain(YNode* n) const;
  // Opens collection `n`. Past the user's limit the text read so far is YAML as yaml-cpp reads
  // it, so the error is certain: it is recorded for the caller (see last_too_deep).
  std::size_t open(const YNode* n) {
    if (++m_depth > m_max_depth) {
      if (m_depth > m_limits.max_depth) record_too_deep(n->line, n->col);
      unsupported();
    }
    return m_stack.size();
  }
  void close(YNode* n, std::size_t base);

  bool at_marker(const char* marker) const;
  void skip_comment();
  bool next_content_line();
  bool document_ends_here();

  const YNode* parse_block_node(int parent_indent, bool allow_map);
  const YNode* parse_quoted_node(int parent_indent, bool allow_map);
  const YNode* parse_block_map(YNode* first_key);
  YNode* parse_key(int indent);
  const YNode* parse_map_value(int indent);
  const YNode* parse_block_seq();
  const YNode* parse_seq_item(int indent);
  const YNode* parse_flow(int block_indent);
  const YNode* parse_flow_node(int block_indent);
  void skip_flow_space(int block_indent);

  Cursor m_c;
  const Limits& m_limits;
  std::deque<YNode>& m_nodes;
  std::vector<const YNode*> m_stack;  // children of the open collections
  std::uint32_t m_depth = 0;
  std::uint32_t m_max_depth = 0;
  const char* m_positioned = nullptr;  // where next_content_line() last stopped
  bool m_started = false;              // past the optional leading "---"
};

}  // namespace ungap::load::fast_yaml
