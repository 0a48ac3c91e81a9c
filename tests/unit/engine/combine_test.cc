#include "engine/combine.h"

#include <boost/test/unit_test.hpp>

#include "engine/company_eval.h"

using ungap::engine::Combine;
using ungap::engine::Verdict;
using ungap::model::Relation;
using ungap::model::Status;

namespace {

int s(Status status) {
  return static_cast<int>(status);
}

Verdict all(std::initializer_list<Verdict> parts) {
  Combine c(Combine::Mode::kAll);
  for (auto v : parts) c.add(v);
  return c.result();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(engine_combine)

BOOST_AUTO_TEST_CASE(settled_scores_keep_the_end_points_for_met_and_gap) {
  using ungap::engine::settled_score;
  BOOST_TEST(settled_score(Status::kMet, 33.3) == 100);
  BOOST_TEST(settled_score(Status::kGap, 25) == 0);
  BOOST_TEST(settled_score(Status::kPartial, 100) == 99.9);
  BOOST_TEST(settled_score(Status::kPartial, 0.01) == 0.1);
  BOOST_TEST(settled_score(Status::kPartial, 40) == 40);
}

BOOST_AUTO_TEST_CASE(all_of_a_gap_and_a_partial_is_partial_with_the_mean) {
  // The old rule (worst status, mean score) printed gap 25 here.
  auto v = all({{Status::kGap, 0}, {Status::kPartial, 50}});
  BOOST_TEST(s(v.status) == s(Status::kPartial));
  BOOST_TEST(v.score == 25);
}

BOOST_AUTO_TEST_CASE(all_met_is_met_100_and_all_gaps_is_gap_0) {
  auto met = all({{Status::kMet, 100}, {Status::kMet, 100}});
  BOOST_TEST(s(met.status) == s(Status::kMet));
  BOOST_TEST(met.score == 100);
  auto gap = all({{Status::kGap, 0}, {Status::kGap, 0}});
  BOOST_TEST(s(gap.status) == s(Status::kGap));
  BOOST_TEST(gap.score == 0);
}

BOOST_AUTO_TEST_CASE(unassessed_parts_are_left_out_not_counted_as_gaps) {
  auto v = all({{Status::kMet, 100}, {Status::kNotApplicable, 0}, {Status::kNotAssessed, 0}});
  BOOST_TEST(s(v.status) == s(Status::kMet));
  BOOST_TEST(v.score == 100);
  Combine none(Combine::Mode::kAll);
  none.add({Status::kNotApplicable, 0});
  BOOST_TEST(none.count() == 0);
  BOOST_TEST(s(none.result().status) == s(Status::kNotAssessed));
}

BOOST_AUTO_TEST_CASE(a_mean_that_would_print_100_stays_below) {
  auto v = all({{Status::kMet, 100}, {Status::kMet, 100}, {Status::kPartial, 99.9}});
  BOOST_TEST(s(v.status) == s(Status::kPartial));
  BOOST_TEST(v.score == 99.9);
}

BOOST_AUTO_TEST_CASE(worst_of_takes_the_worst_status_and_lowest_score) {
  Combine c(Combine::Mode::kWorst);
  c.add({Status::kMet, 100});
  c.add({Status::kPartial, 40});
  BOOST_TEST(s(c.result().status) == s(Status::kPartial));
  BOOST_TEST(c.result().score == 40);
  c.add({Status::kGap, 0});
  BOOST_TEST(s(c.result().status) == s(Status::kGap));
  BOOST_TEST(c.result().score == 0);
}

BOOST_AUTO_TEST_CASE(subset_and_intersect_halve_a_carried_score) {
  using ungap::engine::carry;
  auto met = carry(Relation::kSubset, {Status::kMet, 100});
  BOOST_TEST(s(met.status) == s(Status::kPartial));
  BOOST_TEST(met.score == 50);
  auto partial = carry(Relation::kIntersect, {Status::kPartial, 40});
  BOOST_TEST(partial.score == 20);
  auto gap = carry(Relation::kSubset, {Status::kGap, 0});
  BOOST_TEST(s(gap.status) == s(Status::kGap));
  auto whole = carry(Relation::kSuperset, {Status::kMet, 100});
  BOOST_TEST(s(whole.status) == s(Status::kMet));
  BOOST_TEST(whole.score == 100);
}

BOOST_AUTO_TEST_SUITE_END()
