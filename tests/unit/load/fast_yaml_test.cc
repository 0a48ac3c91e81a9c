// The fast YAML reader: exact nodes for each construct it reads, the same tree as yaml-cpp's
// path, and "unsupported" (so yaml-cpp reads the file and reports) for everything else.
#include "load/fast_yaml.h"

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <deque>
#include <string>

#include "../../fast_yaml/tree_compare.h"
#include "load/workspace_loader.h"
#include "load/yaml_tree.h"

using ungap::load::Limits;
using ungap::load::YNode;

namespace {

struct Parsed {
  std::deque<YNode> nodes;
  const YNode* root = nullptr;
};

// Reads `text` with the fast reader and checks the tree is yaml-cpp's, node for node.
const YNode* read(Parsed& p, const std::string& text, const Limits& limits = {}) {
  p.root = ungap::load::parse_fast_yaml(text, limits, p.nodes);
  ungap::util::SourceFile file("t.yaml", text);
  ungap::util::Diagnostics diags;
  ungap::load::YamlTree reference(file, limits, diags, ungap::load::YamlReader::kYamlCpp);
  if (p.root) {
    BOOST_TEST(ungap::test::compare_trees(reference.root(), p.root) == "");
    BOOST_TEST(diags.sorted().empty());
  }
  return p.root;
}

void check(const YNode* n, YNode::Kind kind, unsigned line, unsigned col, std::size_t offset,
           const std::string& value = "", char style = 0) {
  BOOST_TEST_REQUIRE(n);
  BOOST_TEST(static_cast<int>(n->kind) == static_cast<int>(kind));
  BOOST_TEST(n->line == line);
  BOOST_TEST(n->col == col);
  BOOST_TEST(n->offset == offset);
  BOOST_TEST(n->value == value);
  BOOST_TEST(n->style == style);
}

constexpr auto kMap = YNode::Kind::kMap;
constexpr auto kSeq = YNode::Kind::kSequence;
constexpr auto kStr = YNode::Kind::kScalar;
constexpr auto kNull = YNode::Kind::kNull;

}  // namespace

BOOST_AUTO_TEST_SUITE(fast_yaml)

BOOST_AUTO_TEST_CASE(block_mappings) {
  Parsed p;
  const YNode* r = read(p, "a: x\nb: 'y'\n");
  check(r, kMap, 1, 1, 0);
  BOOST_TEST(r->size == 5u);
  check(&r->key(0), kStr, 1, 1, 0, "a");
  check(&r->val(0), kStr, 1, 4, 3, "x");
  check(&r->key(1), kStr, 2, 1, 5, "b");
  check(&r->val(1), kStr, 2, 4, 8, "y", '\'');
}

BOOST_AUTO_TEST_CASE(sequences_compact_mappings_and_flow) {
  Parsed p;
  const YNode* r = read(p, "- id: a\n  title: T\n- [x, y]\n");
  check(r, kSeq, 1, 1, 0);
  BOOST_TEST(r->size == 9u);
  check(r->items[0], kMap, 1, 3, 2);
  check(&r->items[0]->key(1), kStr, 2, 3, 10, "title");
  check(r->items[1], kSeq, 3, 3, 21);
  check(r->items[1]->items[0], kStr, 3, 4, 22, "x");
  check(r->items[1]->items[1], kStr, 3, 7, 25, "y");
}

BOOST_AUTO_TEST_CASE(sequence_at_its_key_indent_and_flow_maps_over_lines) {
  Parsed p;
  const YNode* r = read(p, "s:\n- a\nf: {id: x,\n  title: \"y\"}\n");
  check(r->items[1], kSeq, 2, 1, 3);
  check(&r->val(1), kMap, 3, 4, 10);
  check(&r->val(1).key(1), kStr, 4, 3, 20, "title");
  check(&r->val(1).val(1), kStr, 4, 10, 27, "y", '"');
}

BOOST_AUTO_TEST_CASE(plain_scalars_fold_over_lines) {
  Parsed p;
  const YNode* r = read(p, "a: one\n  two  \n\n  || three\nb: http://x.org/a#b c:d\n");
  check(&r->val(0), kStr, 1, 4, 3, "one two\n|| three");
  check(&r->val(1), kStr, 5, 4, 30, "http://x.org/a#b c:d");
}

BOOST_AUTO_TEST_CASE(quoted_scalars) {
  Parsed p;
  const YNode* r = read(p,
                        "a: 'it''s\n  ok'\n"
                        "b: \"\\n\\t\\\\\\\"\\/\\x41\\u00e9\\U0001F600\\ \"\n"
                        "c: \"x\\\n   y  \n\n   z\"\n");
  check(&r->val(0), kStr, 1, 4, 3, "it's ok", '\'');
  check(&r->val(1), kStr, 3, 4, 19, "\n\t\\\"/A\xc3\xa9\xf0\x9f\x98\x80 ", '"');
  check(&r->val(2), kStr, 4, 4, 57, "xy\nz", '"');
}

BOOST_AUTO_TEST_CASE(block_scalars) {
  Parsed p;
  const YNode* r = read(p,
                        "a: |\n  l1\n   l2\n\nb: >-\n  f1\n  f2\n\n  f3\n"
                        "c: |+\n  k\n\nd: |2-\n   x\n- e\n");
  BOOST_TEST(r == nullptr);  // a sequence entry under a mapping
  Parsed q;
  r = read(q,
           "a: |\n  l1\n   l2\n\nb: >-\n  f1\n  f2\n\n  f3\n"
           "c: |+\n  k\n\nd: |2-\n   x\ne: > # folded\n  1\n  2\n");
  check(&r->val(0), kStr, 1, 4, 3, "l1\n l2\n", '|');
  check(&r->val(1), kStr, 5, 4, 20, "f1 f2\nf3", '>');
  check(&r->val(2), kStr, 10, 4, 42, "k\n\n", '|');
  check(&r->val(3), kStr, 13, 4, 53, " x", '|');
  check(&r->val(4), kStr, 15, 4, 65, "1 2\n", '>');
}

BOOST_AUTO_TEST_CASE(empty_values_are_marked_at_the_next_token) {
  Parsed p;
  const YNode* r = read(p, "a:\nb: ~\nc: 'null'\nd:\n  -\n  - x\ne:\n");
  check(&r->val(0), kNull, 2, 1, 3);
  check(&r->val(1), kNull, 2, 4, 6);
  check(&r->val(2), kStr, 3, 4, 11, "null", '\'');
  check(r->val(3).items[0], kNull, 6, 3, 27);
  check(&r->val(4), kNull, 8, 1, 34);  // at the end of the input
  Parsed q;  // without a final line break, yaml-cpp's column there is its own
  BOOST_TEST(read(q, "a:") == nullptr);
}

BOOST_AUTO_TEST_CASE(comments_and_document_markers) {
  Parsed p;
  const YNode* r =
      read(p, "# c\n---\na: 1 # x\n  # indented\nb: [1, # in flow\n  2]\n...\n# end\n");
  check(r, kMap, 3, 1, 8);
  check(&r->val(1), kSeq, 5, 4, 33);
}

BOOST_AUTO_TEST_CASE(leaves_everything_else_to_yaml_cpp) {
  for (const char* text : {"a: &x 1\nb: *x\n",
                           "a: !!str 1\n",
                           "? a\n: b\n",
                           "%YAML 1.2\n---\na: 1\n",
                           "a:\n\tb: 1\n",
                           "a: 1\n---\nb: 2\n",
                           "\xef\xbb\xbf"
                           "a: 1\n",
                           "a: 1\r\n",
                           "<<: {a: 1}\n",
                           "a: 'open\n",
                           "a: b: c\n",
                           "",
                           "# only\n",
                           "a: [b, ]\n",
                           "a: [b: c]\n",
                           "a: {b}\n",
                           "a: \"\\N\"\n",
                           "a: >+\n  x\n\n",
                           "[a]: b\n",
                           "a: 1\n b: 2\n",
                           "a: \"x\n\"\n",
                           "a: \"\\uD800\"\n"}) {
    Parsed p;
    BOOST_TEST(read(p, text) == nullptr, text);
  }
}

BOOST_AUTO_TEST_CASE(leaves_limits_to_yaml_cpp) {
  Limits limits;
  limits.max_depth = 2;
  Parsed p;
  BOOST_TEST(read(p, "a: {b: [c]}\n", limits) == nullptr);
  limits.max_depth = 3;
  Parsed q;
  BOOST_TEST(read(q, "a: {b: [c]}\n", limits) != nullptr);
  limits.max_scalar_bytes = 3;
  Parsed r;
  BOOST_TEST(read(r, "a: abcd\n", limits) == nullptr);
}

BOOST_AUTO_TEST_CASE(environment_forces_yaml_cpp) {
  using ungap::load::YamlReader;
  ::setenv("UNGAP_YAML", "yaml-cpp", 1);
  BOOST_TEST((ungap::load::reader_from_environment() == YamlReader::kYamlCpp));
  BOOST_TEST((ungap::load::LoadOptions{}.yaml_reader == YamlReader::kYamlCpp));
  ::setenv("UNGAP_YAML", "fast", 1);
  BOOST_TEST((ungap::load::reader_from_environment() == YamlReader::kDefault));
  ::unsetenv("UNGAP_YAML");
  BOOST_TEST((ungap::load::LoadOptions{}.yaml_reader == YamlReader::kDefault));
}

BOOST_AUTO_TEST_CASE(yaml_cpp_reader_skips_the_fast_one) {
  ungap::util::SourceFile file("t.yaml", "a: 1\n");
  ungap::util::Diagnostics diags;
  std::deque<YNode> nodes;
  BOOST_TEST(ungap::load::parse_fast_yaml("a: &x 1\n", {}, nodes) == nullptr);
  BOOST_TEST(ungap::load::last_unsupported_offset() == 3u);
  ungap::load::YamlTree forced(file, {}, diags, ungap::load::YamlReader::kYamlCpp);
  BOOST_TEST(ungap::load::last_unsupported_offset() == 3u);  // the fast reader did not run
  ungap::load::YamlTree fast(file, {}, diags);
  BOOST_TEST(ungap::load::last_unsupported_offset() == 5u);
  BOOST_TEST(ungap::test::compare_trees(forced.root(), fast.root()) == "");
}

BOOST_AUTO_TEST_SUITE_END()
