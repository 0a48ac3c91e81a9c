#pragma once

#include <cstddef>
#include <cstdint>

namespace ungap::expr {

// The deepest expression nesting the option may allow: parsing, checking and evaluating recurse
// once per level, and at this height they stay well within a thread's stack (tested with
// chains of `!`, `-`, parentheses, lists, calls and comprehensions this deep).
inline constexpr int kMaxExprDepth = 1000;

// Bounds that keep hostile or accidental input from exhausting memory, stack or time.
struct Limits {
  std::size_t max_length = 16 * 1024;  // bytes of expression text
  int max_depth = 128;                 // height of the syntax tree (nesting of any kind)
  int max_regex_program_size = 1000;   // RE2::ProgramSize() of a `matches` pattern
  // Steps of one evaluation and of all evaluations in a run (see Budget): a few bytes of nested
  // comprehensions can ask for 2^34 steps or gigabytes, which these stop with an error. The
  // standard workload takes at most a few thousand steps per evaluation.
  std::uint64_t max_eval_steps = 10'000'000;
  std::uint64_t max_run_steps = 50'000'000'000;
};

// The steps an evaluation may still take. A step is one iteration of a comprehension, one
// function call, or 16 bytes of text or one list element that a call returns, so memory is
// bounded with time. Once spent, every further step fails, so evaluation unwinds at once.
struct Budget {
  std::uint64_t left = 0;

  bool spend(std::uint64_t n) {
    if (n < left) {
      left -= n;
      return true;
    }
    left = 0;
    return false;
  }
  bool exhausted() const { return left == 0; }
};

inline constexpr const char* kBudgetExceeded = "the evaluation budget is exhausted";

}  // namespace ungap::expr
