#pragma once
// How far a long run has got, for a display drawn by another thread: the stage under way
// ("reading files", "checking companies"), how many items it has and how many are done. The
// threads doing the work call add() once per item, a relaxed atomic add and nothing else, so
// counting costs nothing measurable; the display polls snapshot() a few times a second. Knows
// nothing of terminals: the command line renders it (cli/progress_line.h).
#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace ungap::util {

class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  Progress() : m_created(Clock::now()), m_since(m_created) {}

  // Begins a stage of `total` items; what was counted before is forgotten.
  void begin(const std::string& what, std::size_t total);
  void add(std::size_t n = 1) { m_done.fetch_add(n, std::memory_order_relaxed); }

  struct Snapshot {
    std::string what;  // empty before the first stage
    std::size_t done = 0, total = 0;
    double seconds = 0;  // since the stage began
  };
  Snapshot snapshot() const;
  // When the run began (this object's creation): a display waits a while from here.
  Clock::time_point created() const { return m_created; }

 private:
  mutable std::mutex m_mutex;  // guards the stage's name, total and start, not the count
  Clock::time_point m_created, m_since;
  std::string m_what;
  std::size_t m_total = 0;
  std::atomic<std::size_t> m_done{0};
};

}  // namespace ungap::util
