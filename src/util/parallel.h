#pragma once
// A small parallel loop: the work is split over threads, each result goes to its own slot, so
// what runs in parallel gives the same output as a sequential run.
#include <cstddef>
#include <functional>

namespace ungap::util {

// The threads `jobs` asks for: itself when positive, else one per core.
int thread_count(int jobs);
// Runs fn(i) for i in [0, n) on up to thread_count(jobs) threads; rethrows the first exception.
void parallel_for(std::size_t n, int jobs, const std::function<void(std::size_t)>& fn);

}  // namespace ungap::util
