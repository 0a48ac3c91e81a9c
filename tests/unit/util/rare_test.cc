// Rare: reads as defaults until edited, allocates only on edit, copies as a value.
#include "util/rare.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <utility>
#include <vector>

using ungap::util::Rare;

namespace {

struct Fields {
  std::string note;
  std::vector<int> ids;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(rare)

BOOST_AUTO_TEST_CASE(reads_defaults_without_allocating) {
  Rare<Fields> r;
  BOOST_TEST(r->note == "");
  BOOST_TEST(r->ids.empty());
  BOOST_TEST(!r.allocated());
}

BOOST_AUTO_TEST_CASE(edit_allocates_and_keeps_what_was_set) {
  Rare<Fields> r;
  r.edit().note = "seen";
  r.edit().ids.push_back(7);
  BOOST_TEST(r.allocated());
  BOOST_TEST(r->note == "seen");
  BOOST_TEST(r->ids == std::vector<int>{7});
}

BOOST_AUTO_TEST_CASE(copies_are_independent_values) {
  Rare<Fields> a;
  a.edit().note = "first";
  Rare<Fields> b = a;
  b.edit().note = "second";
  BOOST_TEST(a->note == "first");
  BOOST_TEST(b->note == "second");
  Rare<Fields> empty;
  b = empty;
  BOOST_TEST(!b.allocated());
  BOOST_TEST(b->note == "");
}

BOOST_AUTO_TEST_CASE(moves_leave_the_source_empty) {
  Rare<Fields> a;
  a.edit().ids = {1, 2};
  Rare<Fields> b = std::move(a);
  BOOST_TEST(b->ids == (std::vector<int>{1, 2}));
  BOOST_TEST(!a.allocated());  // NOLINT(bugprone-use-after-move): moved-from is empty by design
}

BOOST_AUTO_TEST_SUITE_END()
