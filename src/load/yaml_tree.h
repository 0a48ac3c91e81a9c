#pragma once
// A YAML document as a small located tree, built from yaml-cpp's event API. Building our own
// tree (rather than YAML::Node) keeps every key's position, sees duplicate keys, bounds nesting
// and alias expansion, and is about twice as fast as YAML::Load.
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "load/limits.h"
#include "util/diagnostic.h"
#include "util/source_file.h"

namespace ungap::load {

struct YNode {
  enum class Kind : std::uint8_t { kNull, kScalar, kSequence, kMap };
  Kind kind = Kind::kNull;
  char style = 0;          // first byte of a scalar's token: '\'', '"', '|', '>' or 0 for plain
  std::uint32_t line = 0;  // 1-based
  std::uint32_t col = 0;   // 1-based
  std::size_t offset = 0;  // byte offset of the token in the file
  std::uint64_t size = 1;  // nodes in this subtree, counting what aliases reach
  std::string value;       // scalars
  std::vector<const YNode*> items;  // sequence items; for maps key, value, key, value, ...

  bool is_map() const { return kind == Kind::kMap; }
  bool is_seq() const { return kind == Kind::kSequence; }
  bool is_scalar() const { return kind == Kind::kScalar; }
  bool is_null() const { return kind == Kind::kNull; }
  // A plain `<<` key, already reported by the tree as an unsupported merge key.
  bool is_merge_key() const { return kind == Kind::kScalar && style == 0 && value == "<<"; }
  std::size_t pair_count() const { return items.size() / 2; }
  const YNode& key(std::size_t i) const { return *items[2 * i]; }
  const YNode& val(std::size_t i) const { return *items[2 * i + 1]; }
  // The value of the first pair whose key is `k`, or nullptr.
  const YNode* get(std::string_view k) const;
};

// A kind name for messages: "a mapping", "a list", "a string", "null".
const char* describe(const YNode& n);

// YAML 1.2's core schema null for an unquoted scalar: empty, ~, null, Null or NULL. Both readers
// decide with this one function, so they cannot disagree on what is null.
bool plain_null(std::string_view v);

// Which reader builds the tree: the fast reader (fast_yaml.h) with yaml-cpp for whatever it
// leaves, or yaml-cpp alone.
enum class YamlReader { kDefault, kYamlCpp };

// kYamlCpp when the environment says UNGAP_YAML=yaml-cpp (to compare the two readers on real
// data), else kDefault. Read once per load (LoadOptions), not once per file.
YamlReader reader_from_environment();

class YamlTree {
 public:
  // Parses `file`; problems go to `diags`. root() is null when nothing usable was read.
  YamlTree(const util::SourceFile& file, const Limits& limits, util::Diagnostics& diags,
           YamlReader reader = YamlReader::kDefault);
  const YNode* root() const { return m_root; }

 private:
  friend class TreeBuilder;
  void read_with_yaml_cpp(const util::SourceFile& file, const Limits& limits,
                          util::Diagnostics& diags);
  std::deque<YNode> m_nodes;
  const YNode* m_root = nullptr;
};

}  // namespace ungap::load
