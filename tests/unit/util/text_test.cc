// Quote normalisation: white space and typographic quotes and dashes never make a quote fail.
#include "util/text.h"

#include <boost/test/unit_test.hpp>

using namespace ungap::util;

BOOST_AUTO_TEST_SUITE(text)

BOOST_AUTO_TEST_CASE(folds_white_space) {
  BOOST_TEST(normalize_for_quote("  a\t\tb\r\n c  ") == "a b c");
  BOOST_TEST(normalize_for_quote("") == "");
  BOOST_TEST(normalize_for_quote(" \n\t ") == "");
  BOOST_TEST(normalize_for_quote("no\xc2\xa0"
                                 "break") == "no break");  // U+00A0
}

BOOST_AUTO_TEST_CASE(folds_typographic_quotes_and_dashes) {
  BOOST_TEST(normalize_for_quote("\xe2\x80\x9cwe\xe2\x80\x99re\xe2\x80\x9d") == "\"we're\"");
  BOOST_TEST(normalize_for_quote("\xe2\x80\x98x\xe2\x80\x9a \xe2\x80\x9ey") == "'x' \"y");
  BOOST_TEST(normalize_for_quote("a \xe2\x80\x93 b \xe2\x80\x94 c") == "a - b - c");
  BOOST_TEST(normalize_for_quote("caf\xc3\xa9") == "caf\xc3\xa9");  // other characters stay
}

BOOST_AUTO_TEST_CASE(finds_quotes_however_typed) {
  const char* source = "Microsoft \xe2\x80\x9cwill cease and\n  disable\xe2\x80\x9d specified";
  BOOST_TEST(quote_occurs("\"will cease and disable\"", source));
  BOOST_TEST(quote_occurs("will  cease\tand disable", source));
  BOOST_TEST(!quote_occurs("will cease and suspend", source));
  BOOST_TEST(!quote_occurs("Will cease", source));  // case is not folded
}

BOOST_AUTO_TEST_CASE(display_width_counts_code_points) {
  BOOST_TEST(display_width("") == 0u);
  BOOST_TEST(display_width("acme") == 4u);
  BOOST_TEST(display_width("Acme \u2014 \u201Cx\u201D") == 10u);
}

BOOST_AUTO_TEST_CASE(ellipsizes_on_character_boundaries) {
  BOOST_TEST(ellipsize("short", 10) == "short");
  BOOST_TEST(ellipsize("abcdefghij", 4) == "abcd...");
  BOOST_TEST(ellipsize("ab\xc3\xa9"
                       "cd",
                       3) == "ab...");  // does not split é
}

BOOST_AUTO_TEST_CASE(finds_text_in_linear_time) {
  BOOST_TEST(find_text("hello world", "world") == 6u);
  BOOST_TEST(find_text("hello", "") == 0u);
  std::string needle(100, 'a');
  BOOST_TEST(find_text("x" + needle + "y", needle) == 1u);
  BOOST_TEST(find_text(std::string(99, 'a'), needle) == std::string::npos);
  // The crafted case: a long run of 'a' against "a...ab". A quadratic search would take
  // 1e6 x 5e5 steps here; this one takes about 3e6.
  std::string hay(1000000, 'a');
  std::string crafted = std::string(500000, 'a') + "b";
  BOOST_TEST(find_text(hay, crafted) == std::string::npos);
  BOOST_TEST(find_text(hay + "b", crafted) == 500000u);
}

BOOST_AUTO_TEST_SUITE_END()
