#pragma once
// Compares two located YAML trees field by field, for the fast reader's differential tests.
#include <fmt/format.h>

#include <string>

#include "load/yaml_tree.h"

namespace ungap::test {

inline std::string describe_node(const load::YNode& n) {
  return fmt::format("kind={} style={} at {}:{} offset={} size={} value={:?} items={}",
                     static_cast<int>(n.kind), n.style ? n.style : '0', n.line, n.col, n.offset,
                     n.size, n.value, n.items.size());
}

// "" when the trees are identical, else where and how they first differ.
inline std::string compare_trees(const load::YNode* a, const load::YNode* b,
                                 const std::string& path = "$") {
  if (!a || !b) return a == b ? "" : path + ": one tree is missing";
  if (a->kind != b->kind || a->style != b->style || a->line != b->line || a->col != b->col ||
      a->offset != b->offset || a->size != b->size || a->value != b->value ||
      a->items.size() != b->items.size())
    return fmt::format("{}:\n  yaml-cpp: {}\n  fast:     {}", path, describe_node(*a),
                       describe_node(*b));
  for (std::size_t i = 0; i < a->items.size(); ++i) {
    std::string d = compare_trees(a->items[i], b->items[i], fmt::format("{}[{}]", path, i));
    if (!d.empty()) return d;
  }
  return "";
}

inline void dump_tree(const load::YNode* n, std::string& out, int depth = 0) {
  out += std::string(2 * depth, ' ') + describe_node(*n) + "\n";
  for (const auto* child : n->items) dump_tree(child, out, depth + 1);
}

}  // namespace ungap::test
