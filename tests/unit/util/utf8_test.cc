// UTF-8 validation: every kind of invalid sequence is found at its first byte.
#include "util/utf8.h"

#include <boost/test/unit_test.hpp>
#include <string>

using ungap::util::find_control_character;
using ungap::util::find_invalid_utf8;
using ungap::util::replace_invalid_utf8;

BOOST_AUTO_TEST_SUITE(utf8)

BOOST_AUTO_TEST_CASE(accepts_valid_text) {
  BOOST_TEST(!find_invalid_utf8("").has_value());
  BOOST_TEST(!find_invalid_utf8("plain ascii").has_value());
  BOOST_TEST(!find_invalid_utf8("caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \xf0\x9f\x98\x80")
                  .has_value());
  BOOST_TEST(!find_invalid_utf8("\xef\xbb\xbf"
                                "bom")
                  .has_value());
  BOOST_TEST(!find_invalid_utf8("\xf4\x8f\xbf\xbf").has_value());  // U+10FFFF
  BOOST_TEST(!find_invalid_utf8("\xed\x9f\xbf").has_value());      // U+D7FF
}

BOOST_AUTO_TEST_CASE(finds_each_kind_of_invalid_sequence) {
  struct Case {
    std::string text;
    std::size_t offset;
  };
  const Case cases[] = {
      {"ab\x80", 2},            // lone continuation byte
      {"ab\xc3", 2},            // truncated two-byte sequence at the end
      {"a\xc3(b", 1},           // lead byte followed by ASCII
      {"\xc0\xaf", 0},          // overlong '/' (C0)
      {"\xc1\xbf", 0},          // overlong (C1)
      {"\xe0\x80\xaf", 0},      // overlong three-byte
      {"\xf0\x80\x80\xaf", 0},  // overlong four-byte
      {"x\xed\xa0\x80", 1},     // UTF-16 surrogate U+D800
      {"\xf4\x90\x80\x80", 0},  // past U+10FFFF
      {"\xf5\x80\x80\x80", 0},  // F5 never appears
      {"\xff", 0},              // FF never appears
      {"\xe2\x80", 0},          // truncated three-byte
      {"ok\xf0\x9f\x98", 2},    // truncated four-byte
      {"\xe2\x28\xa1", 0},      // bad second byte
  };
  for (const auto& c : cases) {
    auto at = find_invalid_utf8(c.text);
    BOOST_TEST_REQUIRE(at.has_value());
    BOOST_TEST(*at == c.offset);
  }
}

BOOST_AUTO_TEST_CASE(finds_control_characters_yaml_does_not_allow) {
  BOOST_TEST(!find_control_character("a:\tb\r\nc: d\n").has_value());
  BOOST_TEST(*find_control_character(std::string("a: \0", 4)) == 3u);
  BOOST_TEST(*find_control_character("a\x1b[31m") == 1u);
  BOOST_TEST(*find_control_character("del\x7f") == 3u);
  BOOST_TEST(!find_control_character("caf\xc3\xa9").has_value());
}

BOOST_AUTO_TEST_CASE(replaces_invalid_bytes_keeping_columns) {
  BOOST_TEST(replace_invalid_utf8("ab\xc3\"}") == "ab?\"}");
  BOOST_TEST(replace_invalid_utf8("\xed\xa0\x80x") == "???x");
  BOOST_TEST(replace_invalid_utf8("caf\xc3\xa9") == "caf\xc3\xa9");
}

BOOST_AUTO_TEST_SUITE_END()
