#include "report/json_value.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "report/verdicts.h"

using namespace ungap::report;

namespace {

std::string error_of(std::string_view text) {
  auto r = parse_json(text);
  return r.value ? "parsed" : r.error;
}

// load_report's error for a file holding `text`.
std::string load_error(const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / "ungap_json_value_test.json";
  std::ofstream(path, std::ios::binary) << text;
  std::string error;
  auto r = load_report(path.string(), error);
  std::filesystem::remove(path);
  return r ? "read" : error;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_value)

BOOST_AUTO_TEST_CASE(values) {
  auto r = parse_json(
      R"( {"a": [1, -2.5e1, true, false, null], "s": "x\"\\\/\n\u00e9\ud83d\ude00", "o": {}} )");
  BOOST_REQUIRE(r.value);
  const auto& v = r.value->root();
  BOOST_TEST(v["a"].items().size() == 5u);
  BOOST_TEST(*v["a"].items()[1].number() == -25.0);
  BOOST_TEST(*v["a"].items()[0].number() == 1.0);  // an integer reads as a number too
  BOOST_TEST(v["a"].items()[2].boolean());
  BOOST_TEST(!v["a"].items()[3].boolean());
  BOOST_TEST(!v["a"].items()[9].number());  // past the end: null
  BOOST_TEST(v["s"].str() == "x\"\\/\n\u00e9\U0001F600");
  BOOST_TEST(v["o"].is_object());
  BOOST_TEST(!v["missing"].number());
  BOOST_TEST(v["missing"]["deeper"].str() == "");
  BOOST_TEST(v["s"].items().size() == 0u);  // not an array: no items
  std::vector<std::string> keys;
  for (const auto& [key, value] : v.members()) keys.emplace_back(key);
  BOOST_TEST(keys == (std::vector<std::string>{"a", "s", "o"}));  // document order
}

BOOST_AUTO_TEST_CASE(errors_in_ungaps_words) {
  BOOST_TEST(error_of("{\"a\": }") == "a value, comma, colon or bracket is missing or extra");
  BOOST_TEST(error_of("[1] x") == "a value, comma, colon or bracket is missing or extra");
  BOOST_TEST(error_of("\"abc") == "unterminated string");
  BOOST_TEST(error_of("\"\x01\"") == "control character in string");
  BOOST_TEST(error_of("[tru]") == "not a JSON value");
  BOOST_TEST(error_of("[1.e]") == "bad number");
  BOOST_TEST(error_of("") == "no JSON value");
  BOOST_TEST(error_of("[\"a\\q\"]") == "bad escape or lone surrogate in a string");
  BOOST_TEST(error_of(std::string(100, '[') + std::string(100, ']')) == "nested too deeply");
  BOOST_TEST(error_of(std::string(60, '[') + std::string(60, ']')) == "parsed");
}

BOOST_AUTO_TEST_CASE(unsafe_text_is_refused) {
  BOOST_TEST(error_of("[\"ok\", \"\xff\"]") == "offset 8: invalid UTF-8");
  BOOST_TEST(error_of("[\"\\ud800\"]") == "bad escape or lone surrogate in a string");
  BOOST_TEST(error_of("[\"\\udc00\"]") == "bad escape or lone surrogate in a string");
  BOOST_TEST(error_of("[\"\\ud800\\u0041\"]") == "bad escape or lone surrogate in a string");
  BOOST_TEST(error_of("[\"\\u0007\"]") == "\\u0007 is a control or bidirectional character");
  BOOST_TEST(error_of("{\"\\u202e\": 1}") == "\\u202E is a control or bidirectional character");
  BOOST_TEST(error_of("[\"a\u202eb\"]") == "offset 3: a control or bidirectional character");
  BOOST_TEST(error_of("[\"tab\\t and\\nline\"]") == "parsed");  // ungap writes these
}

BOOST_AUTO_TEST_CASE(report_files) {
  BOOST_TEST(load_error("{\"schema_version\": 2, \"companies\": [") ==
             "not JSON: a value, comma, colon or bracket is missing or extra");  // truncated
  BOOST_TEST(load_error("<html>") ==
             "not JSON: a value, comma, colon or bracket is missing or extra");
  BOOST_TEST(load_error("{\"c\": \"\\ud83d\"}") ==
             "not JSON: bad escape or lone surrogate in a string");
  BOOST_TEST(load_error("{\"schema_version\": 3, \"companies\": []}") ==
             "not an ungap JSON report (schema_version 1 or 2)");
  BOOST_TEST(load_error("{\"schema_version\": 2, \"companies\": []}") == "read");
  BOOST_TEST(kMaxReportBytes == 0xFFFFFFFFu);
}

BOOST_AUTO_TEST_SUITE_END()
