// The progress line's text: stage, done of total, share, rate and time left, cut to the width.
#include "cli/progress_line.h"

#include <boost/test/unit_test.hpp>
#include <string>

using namespace ungap::cli;
using Snapshot = ungap::util::Progress::Snapshot;

BOOST_AUTO_TEST_SUITE(progress_line)

BOOST_AUTO_TEST_CASE(names_the_stage_count_rate_and_time_left) {
  Snapshot s{"checking companies", 3000, 10000, 4.0};
  BOOST_TEST(progress_text(s, 200) == "checking companies: 3,000 of 10,000 (30%), 750/s, 9s left");
  s = {"reading files", 1200, 10011, 10.0};
  BOOST_TEST(progress_text(s, 200) == "reading files: 1,200 of 10,011 (11%), 120/s, 1m13s left");
  s = {"checking companies", 10, 1000000, 20.0};
  BOOST_TEST(progress_text(s, 200) ==
             "checking companies: 10 of 1,000,000 (0%), 1/s, 555h33m left");
}

BOOST_AUTO_TEST_CASE(no_rate_before_the_first_item) {
  Snapshot s{"reading files", 0, 12, 0.5};
  BOOST_TEST(progress_text(s, 200) == "reading files: 0 of 12 (0%)");
}

BOOST_AUTO_TEST_CASE(never_wider_than_the_terminal) {
  Snapshot s{"checking companies", 3000, 10000, 4.0};
  BOOST_TEST(progress_text(s, 20) == "checking companies: ");
}

BOOST_AUTO_TEST_CASE(counts_reset_with_each_stage) {
  ungap::util::Progress p;
  p.begin("reading files", 3);
  p.add();
  p.add();
  BOOST_TEST(p.snapshot().done == 2u);
  p.begin("checking companies", 1);
  BOOST_TEST(p.snapshot().done == 0u);
  p.add(5);  // never shown past the total
  BOOST_TEST(p.snapshot().done == 1u);
  BOOST_TEST(p.snapshot().what == "checking companies");
}

BOOST_AUTO_TEST_SUITE_END()
