#include "util/progress.h"

#include <algorithm>

namespace ungap::util {

void Progress::begin(const std::string& what, std::size_t total) {
  std::lock_guard lock(m_mutex);
  m_what = what;
  m_total = total;
  m_since = Clock::now();
  m_done.store(0, std::memory_order_relaxed);
}

Progress::Snapshot Progress::snapshot() const {
  std::lock_guard lock(m_mutex);
  std::chrono::duration<double> elapsed = Clock::now() - m_since;
  // A count read just after a new stage began may still hold the last one's: never past total.
  std::size_t done = std::min(m_done.load(std::memory_order_relaxed), m_total);
  return {m_what, done, m_total, elapsed.count()};
}

}  // namespace ungap::util
