#pragma once
// Random YAML documents within (and at the edges of) the fast reader's subset: nested block and
// flow collections, plain, quoted, escaped, folded and block scalars, indentation, comments.
#include <random>
#include <string>

namespace ungap::test {

class RandomYaml {
 public:
  explicit RandomYaml(unsigned seed) : m_rng(seed) {}
  std::string document();

 private:
  int pick(int n) { return static_cast<int>(m_rng() % static_cast<unsigned>(n)); }
  bool chance(int percent) { return pick(100) < percent; }
  void pad(int n) { m_out.append(static_cast<std::size_t>(n), ' '); }
  void end_line();
  void filler_lines(int indent);
  std::string key();
  std::string plain(bool flow);
  std::string single_quoted();
  std::string double_quoted(int indent);
  std::string flow(int depth, int indent);
  std::string inline_scalar(int indent, bool flow);
  void block_scalar(int indent);
  void block_map(int indent, int depth, bool first_inline);
  void block_seq(int indent, int depth, bool first_inline);
  void map_value(int indent, int depth);
  void seq_item(int indent, int depth);

  std::mt19937 m_rng;
  std::string m_out;
};

}  // namespace ungap::test
