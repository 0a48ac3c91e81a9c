#pragma once
// A fast reader for the YAML subset our files use (docs/performance.md): block and flow
// collections, plain, quoted and block scalars, comments. It builds exactly the located tree
// yaml-cpp's path builds (same kinds, styles, marks, sizes and values) several times faster, and
// says "unsupported" for anything else — anchors, aliases, tags, complex keys, directives, tabs,
// several documents, limits exceeded, any error — so that yaml-cpp reads the file and reports.
#include <deque>
#include <string_view>

#include "load/limits.h"
#include "load/yaml_tree.h"

namespace ungap::load {

// Appends the tree of `text` to `nodes` and returns its root, or nullptr when the text is
// outside the subset (`nodes` then holds partial nodes the caller discards). Never reports.
const YNode* parse_fast_yaml(std::string_view text, const Limits& limits, std::deque<YNode>& nodes);

// For debugging and tests: the byte offset where the last parse_fast_yaml() on this thread
// gave up (the text's size when its bytes were refused up front).
std::size_t last_unsupported_offset();

}  // namespace ungap::load
