#include "util/thread.h"

#include <cstdint>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>

namespace ungap::util {

namespace {

// The lowest address of this thread's stack, read once per thread; 0 when unknown, so that
// stack_left() never stops anything it cannot measure.
std::uintptr_t stack_bottom() {
  thread_local const std::uintptr_t bottom = [] {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return std::uintptr_t{0};
    void* addr = nullptr;
    std::size_t size = 0;
    int rc = pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    return rc == 0 ? reinterpret_cast<std::uintptr_t>(addr) : std::uintptr_t{0};
  }();
  return bottom;
}

extern "C" void* thread_main(void* arg) {
  (*static_cast<std::function<void()>*>(arg))();
  return nullptr;
}

}  // namespace

std::size_t stack_left() {
  auto here = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
  std::uintptr_t bottom = stack_bottom();
  if (bottom == 0) return SIZE_MAX;
  return here > bottom ? here - bottom : 0;
}

Thread::Thread(std::function<void()> fn, std::size_t stack_bytes)
    : m_fn(std::make_unique<std::function<void()>>(std::move(fn))) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  int rc = pthread_attr_setstacksize(&attr, stack_bytes);
  if (rc == 0) rc = pthread_create(&m_thread, &attr, thread_main, m_fn.get());
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    throw std::runtime_error("cannot start a thread with a " + std::to_string(stack_bytes >> 20) +
                             " MB stack: " + std::strerror(rc));
  }
  m_joinable = true;
}

Thread::~Thread() {
  join();
}

void Thread::join() {
  if (!m_joinable) return;
  pthread_join(m_thread, nullptr);
  m_joinable = false;
}

void run_on_thread(const std::function<void()>& fn, std::size_t stack_bytes) {
  std::exception_ptr failure;
  Thread thread(
      [&] {
        try {
          fn();
        } catch (...) {
          failure = std::current_exception();
        }
      },
      stack_bytes);
  thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace ungap::util
