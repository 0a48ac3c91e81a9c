#include "report/json_value.h"

#include <boost/test/unit_test.hpp>

using namespace ungap::report;

BOOST_AUTO_TEST_SUITE(json_value)

BOOST_AUTO_TEST_CASE(values) {
  auto r = parse_json(
      R"( {"a": [1, -2.5e1, true, false, null], "s": "x\"\\\/\n\u00e9\ud83d\ude00", "o": {}} )");
  BOOST_REQUIRE(r.value);
  const auto& v = *r.value;
  BOOST_TEST(v["a"].items().size() == 5u);
  BOOST_TEST(*v["a"].items()[1].number() == -25.0);
  BOOST_TEST(v["a"].items()[2].boolean());
  BOOST_TEST(v["s"].str() == "x\"\\/\n\u00e9\U0001F600");
  BOOST_TEST(v["o"].is_object());
  BOOST_TEST(!v["missing"].number());
  BOOST_TEST(v["missing"]["deeper"].str() == "");
}

BOOST_AUTO_TEST_CASE(errors_say_where) {
  BOOST_TEST(parse_json("{\"a\": }").error == "offset 6: not a JSON value");
  BOOST_TEST(parse_json("[1] x").error == "offset 4: text after the JSON value");
  BOOST_TEST(parse_json("\"abc").error == "offset 4: unterminated string");
  BOOST_TEST(!parse_json("\"\x01\"").value);
  BOOST_TEST(!parse_json(std::string(100, '[') + std::string(100, ']')).value);
  BOOST_TEST(parse_json(std::string(60, '[') + std::string(60, ']')).value.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
