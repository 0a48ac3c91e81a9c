// single_line: line breaks and control characters in input text shown as escapes, so a value
// cannot print a line of its own; all other text unchanged.
#include "util/single_line.h"

#include <boost/test/unit_test.hpp>

using namespace ungap::util;

BOOST_AUTO_TEST_SUITE(single_line_text)

BOOST_AUTO_TEST_CASE(escapes_every_line_break) {
  BOOST_TEST(single_line("a\nb") == "a\\nb");
  BOOST_TEST(single_line("a\r\nb") == "a\\r\\nb");
  BOOST_TEST(single_line("a\xC2\x85"
                         "b") == "a\\u0085b");
  BOOST_TEST(single_line("a\xE2\x80\xA8"
                         "b\xE2\x80\xA9") == "a\\u2028b\\u2029");
  BOOST_TEST(single_line("x\nrules.yaml:1:1: error: forged [x]") ==
             "x\\nrules.yaml:1:1: error: forged [x]");
}

BOOST_AUTO_TEST_CASE(escapes_other_controls_but_tab) {
  BOOST_TEST(single_line("\x1b[31mred\x7f") == "\\x1b[31mred\\x7f");
  BOOST_TEST(single_line(std::string_view("a\0b", 3)) == "a\\x00b");
  BOOST_TEST(single_line("a\tb") == "a\tb");
}

BOOST_AUTO_TEST_CASE(leaves_other_text_alone) {
  BOOST_TEST(single_line("") == "");
  BOOST_TEST(single_line("caf\xC3\xA9 \xE2\x80\x94 \xC2\xA0 \\n") ==
             "caf\xC3\xA9 \xE2\x80\x94 \xC2\xA0 \\n");  // é, em dash, no-break space, "\n" typed
}

BOOST_AUTO_TEST_SUITE_END()
