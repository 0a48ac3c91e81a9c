#include "util/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "util/thread.h"

namespace ungap::util {

int thread_count(int jobs) {
  if (jobs > 0) return jobs;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void parallel_for(std::size_t n, int jobs, const std::function<void(std::size_t)>& fn) {
  jobs = thread_count(jobs);
  std::size_t threads = std::min<std::size_t>(static_cast<std::size_t>(jobs), n);
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&] {
    try {
      for (std::size_t i = next++; i < n; i = next++) fn(i);
    } catch (...) {
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = n;
    }
  };
  {
    // util::Thread, for a stack of a known size (the expression depth cap relies on it).
    std::vector<std::unique_ptr<Thread>> pool;
    for (std::size_t t = 0; t < threads; ++t) pool.push_back(std::make_unique<Thread>(work));
  }  // joined here
  if (failure) std::rethrow_exception(failure);
}

}  // namespace ungap::util
