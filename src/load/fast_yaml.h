#pragma once
// A fast reader for the YAML subset our files use (docs/performance.md): block and flow
// collections, plain, quoted and block scalars, comments. It builds exactly the located tree
// yaml-cpp's path builds (same kinds, styles, marks, sizes and values) several times faster, and
// says "unsupported" for anything else — anchors, aliases, tags, complex keys, directives, tabs,
// several documents, limits exceeded, any error — so that yaml-cpp reads the file and reports.
#include <cstdint>
#include <deque>
#include <optional>
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

// Where the last parse_fast_yaml() on this thread found a collection nested deeper than
// `Limits::max_depth` (1-based), when that is why it gave up. Everything before it was read as
// yaml-cpp reads it, so the nesting error is certain there.
struct TooDeep {
  std::uint32_t line = 0;
  std::uint32_t col = 0;
};
std::optional<TooDeep> last_too_deep();

}  // namespace ungap::load
