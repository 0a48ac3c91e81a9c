#pragma once
// Threads with a stack of a known size, and how much of it is left. Parsing, checking and
// evaluating an expression recurse once per level of nesting; --max-expr-depth bounds the
// levels, and every thread that does that work (the command itself, the parallel workers) is
// started here with kThreadStackBytes, so the bound holds whatever `ulimit -s` says or the build
// does (the sanitizers make frames several times larger). stack_low() is the backstop: recursive
// code checks it and stops with an error, should it ever run on a smaller stack.
#include <pthread.h>

#include <cstddef>
#include <functional>
#include <memory>

namespace ungap::util {

// The stack of each thread ungap starts. The deepest expression allowed needs a few MB in the
// Release build and more than 16 MB under ASan (1,000 nested calls); tests/unit/expr/
// limits_test.cc checks every kind at the cap on this. Address space only: pages are touched
// as the stack grows.
inline constexpr std::size_t kThreadStackBytes = std::size_t{64} << 20;
// What recursive code keeps free below itself, for the calls its deepest level makes.
inline constexpr std::size_t kStackReserve = std::size_t{256} << 10;

// Bytes of the calling thread's stack below the caller's frame.
std::size_t stack_left();
// Whether recursion must stop here: fewer than kStackReserve bytes left.
inline bool stack_low() {
  return stack_left() < kStackReserve;
}

// A thread with a stack of `stack_bytes` (std::thread takes the system's default, often 8 MB,
// sometimes less). As with std::thread, an exception leaving `fn` ends the process; the
// destructor joins.
class Thread {
 public:
  explicit Thread(std::function<void()> fn, std::size_t stack_bytes = kThreadStackBytes);
  Thread(const Thread&) = delete;
  Thread& operator=(const Thread&) = delete;
  ~Thread();
  void join();

 private:
  std::unique_ptr<std::function<void()>> m_fn;  // where the thread finds it, whatever moves
  pthread_t m_thread{};
  bool m_joinable = false;
};

// Runs fn on a Thread of `stack_bytes` and waits; rethrows what fn threw.
void run_on_thread(const std::function<void()>& fn, std::size_t stack_bytes = kThreadStackBytes);

}  // namespace ungap::util
