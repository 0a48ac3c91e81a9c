#pragma once
// Input limits: each has a default large enough for real workspaces and small enough that no
// input can exhaust memory or time. All can be changed from the command line.
#include <cstdint>

#include "expr/limits.h"

namespace ungap::load {

// The deepest YAML nesting the option may allow (the tree and the readers recurse per level).
inline constexpr std::uint32_t kMaxYamlDepth = 1000;

struct Limits {
  std::uint64_t max_file_bytes = 16u << 20;   // one input file
  std::uint64_t max_total_bytes = 1u << 30;   // all inputs of a run
  std::uint32_t max_depth = 64;               // YAML nesting
  std::uint64_t max_alias_nodes = 100000;     // nodes reached through aliases, per file
  std::uint64_t max_scalar_bytes = 1u << 20;  // one scalar
  expr::Limits expr;                          // each `match`, `when` and `applies_when`
};

}  // namespace ungap::load
