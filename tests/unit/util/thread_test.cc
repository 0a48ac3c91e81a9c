// util::Thread: a stack of the size asked for, measured by stack_left(); recursion that checks
// stack_low() stops before the end of even a small stack.
#include "util/thread.h"

#include <boost/test/unit_test.hpp>
#include <stdexcept>

using namespace ungap::util;

namespace {

// Recurses until the stack runs low; returns the depth reached.
int descend(int depth) {
  volatile char frame[512] = {};  // a frame of some size, as a parser's would be
  if (stack_low()) return depth + frame[0];
  return descend(depth + 1) + frame[1];
}

}  // namespace

BOOST_AUTO_TEST_SUITE(thread)

BOOST_AUTO_TEST_CASE(a_thread_has_the_stack_asked_for) {
  std::size_t left = 0;
  run_on_thread([&] { left = stack_left(); });
  BOOST_TEST(left > kThreadStackBytes - (std::size_t{1} << 20));
  BOOST_TEST(left <= kThreadStackBytes);
  run_on_thread([&] { left = stack_left(); }, std::size_t{1} << 20);
  BOOST_TEST(left > (std::size_t{1} << 20) - (std::size_t{256} << 10));
  BOOST_TEST(left <= (std::size_t{1} << 20));
}

BOOST_AUTO_TEST_CASE(recursion_stops_before_the_end_of_a_small_stack) {
  int depth = 0;
  run_on_thread([&] { depth = descend(0); }, std::size_t{1} << 20);
  BOOST_TEST(depth > 100);  // went deep, then stopped with the reserve left: no crash
  BOOST_TEST(!stack_low());
}

BOOST_AUTO_TEST_CASE(run_on_thread_rethrows) {
  BOOST_CHECK_THROW(run_on_thread([] { throw std::runtime_error("x"); }), std::runtime_error);
}

BOOST_AUTO_TEST_SUITE_END()
