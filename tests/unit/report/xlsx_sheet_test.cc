#include "report/xlsx_sheet.h"

#include <boost/test/unit_test.hpp>

#include "report/xlsx_book.h"

using namespace ungap::report;

BOOST_AUTO_TEST_SUITE(xlsx_sheet)

BOOST_AUTO_TEST_CASE(longest_line_counts_characters) {
  BOOST_TEST(longest_line("") == 0u);
  BOOST_TEST(longest_line("abc\nabcdef\nab") == 6u);
  BOOST_TEST(longest_line("\u201Cquote\u201D") == 7u);  // code points, not bytes
}

// A sheet stops at Excel's last row with a message that says what to do, and the book that held
// it is dropped without writing (exit 2 through WriteError, not a crash or an internal error).
BOOST_AUTO_TEST_CASE(past_excels_rows) {
  XlsxBook book(ungap::util::Date{});
  XlsxSheet& sheet = book.add_sheet("a-framework", {{"company", 30}});
  for (uint32_t r = 1; r < kXlsxRows; ++r) sheet.next_row();
  BOOST_TEST(sheet.row() == kXlsxRows - 1);
  try {
    sheet.next_row();
    BOOST_FAIL("no error past the last row");
  } catch (const WriteError& e) {
    BOOST_TEST(std::string(e.what()) ==
               "the XLSX sheet 'a-framework' needs more than Excel's 1048576 rows; select "
               "fewer companies (--company) or frameworks (--framework), or write csv or json");
  }
}

BOOST_AUTO_TEST_CASE(sheet_names_fit_excel) {
  XlsxBook book(ungap::util::Date{});
  book.add_summary({{"company", 30}});
  BOOST_TEST(book.add_sheet("summary", {{"a", 1}}).name() == "summary~2");
  BOOST_TEST(book.add_sheet("a[b]:c*d?e/f\\g-and-a-long-tail-past-31", {{"a", 1}}).name() ==
             "a_b__c_d_e_f_g-and-a-long-tail-");
}

BOOST_AUTO_TEST_SUITE_END()
