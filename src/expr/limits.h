#pragma once

#include <cstddef>

namespace ungap::expr {

// Bounds that keep hostile or accidental input from exhausting memory, stack or time.
struct Limits {
  std::size_t max_length = 16 * 1024;  // bytes of expression text
  int max_depth = 128;                 // height of the syntax tree (nesting of any kind)
  int max_regex_program_size = 1000;   // RE2::ProgramSize() of a `matches` pattern
};

}  // namespace ungap::expr
