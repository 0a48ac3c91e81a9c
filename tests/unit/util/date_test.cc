// Dates: strict ISO YYYY-MM-DD, real calendar days, and SOURCE_DATE_EPOCH for today().
#include "util/date.h"

#include <boost/test/unit_test.hpp>
#include <cstdlib>

using ungap::util::Date;
using ungap::util::parse_date;

BOOST_AUTO_TEST_SUITE(date)

BOOST_AUTO_TEST_CASE(parses_iso_dates) {
  BOOST_TEST(parse_date("1970-01-01")->days == 0);
  BOOST_TEST(parse_date("2025-09-25")->str() == "2025-09-25");
  BOOST_TEST(parse_date("2024-02-29")->str() == "2024-02-29");
  BOOST_TEST(parse_date("1969-12-31")->days == -1);
  BOOST_TEST(parse_date("2025-09-25")->epoch_seconds() == 1758758400);
}

BOOST_AUTO_TEST_CASE(rejects_what_is_not_a_calendar_day) {
  for (const char* bad : {"2025-02-29", "2023-02-29", "1900-02-29", "2025-13-01", "2025-00-10",
                          "2025-04-31", "2025-01-00", "2025-1-01", "25-01-01", "2025/01/01",
                          "2025-01-01T00:00", " 2025-01-01", "2025-01-0a", "", "yesterday"})
    BOOST_TEST(!parse_date(bad).has_value(), bad);
  BOOST_TEST(parse_date("2000-02-29").has_value());  // divisible by 400
}

BOOST_AUTO_TEST_CASE(orders_dates) {
  BOOST_TEST((*parse_date("2025-09-25") < *parse_date("2025-10-10")));
  BOOST_TEST((*parse_date("2025-12-31") == ungap::util::date_from_civil(2025, 12, 31)));
}

BOOST_AUTO_TEST_CASE(today_follows_source_date_epoch) {
  ::setenv("SOURCE_DATE_EPOCH", "1764547200", 1);
  BOOST_TEST(ungap::util::today().str() == "2025-12-01");
  ::setenv("SOURCE_DATE_EPOCH", "1764633599", 1);  // the last second of the day
  BOOST_TEST(ungap::util::today().str() == "2025-12-01");
  ::unsetenv("SOURCE_DATE_EPOCH");
}

BOOST_AUTO_TEST_SUITE_END()
