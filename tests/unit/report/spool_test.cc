#include "report/spool.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

using namespace ungap::report;

BOOST_AUTO_TEST_SUITE(spool)

BOOST_AUTO_TEST_CASE(records_come_back_in_order_and_whole) {
  std::vector<std::string> put{"first", "", std::string("nul\0inside", 10), "line\nbreak",
                               std::string(300000, 'x')};
  Spool s;
  for (const auto& r : put) s.put(r);
  std::vector<std::string> got;
  for (std::string r; s.get(r);) got.push_back(r);
  BOOST_TEST(got == put);
  std::string r;
  BOOST_TEST(!s.get(r));  // still at the end
}

BOOST_AUTO_TEST_CASE(empty_spool) {
  Spool s;
  std::string r = "untouched";
  BOOST_TEST(!s.get(r));
}

BOOST_AUTO_TEST_CASE(fields_and_numbers) {
  std::string rec;
  put_number(rec, 0);
  put_number(rec, 4000000000u);
  put_field(rec, "");
  put_field(rec, std::string("a\0b", 3));
  FieldReader f(rec);
  BOOST_TEST(f.number() == 0u);
  BOOST_TEST(f.number() == 4000000000u);
  BOOST_TEST(f.field() == "");
  BOOST_TEST(f.field() == std::string("a\0b", 3));
  BOOST_TEST(f.done());
}

BOOST_AUTO_TEST_SUITE_END()
