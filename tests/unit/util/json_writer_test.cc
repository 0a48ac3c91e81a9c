// The JSON writer: escaping of every character JSON requires, nesting and commas.
#include "util/json_writer.h"

#include <boost/test/unit_test.hpp>
#include <string>

using namespace ungap::util;

BOOST_AUTO_TEST_SUITE(json_writer)

BOOST_AUTO_TEST_CASE(escapes_strings) {
  BOOST_TEST(json_quote("plain") == "\"plain\"");
  BOOST_TEST(json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
  BOOST_TEST(json_quote("\n\r\t\b\f") == "\"\\n\\r\\t\\b\\f\"");
  BOOST_TEST(json_quote(std::string("\0\x01\x1f", 3)) == "\"\\u0000\\u0001\\u001f\"");
  BOOST_TEST(json_quote("caf\xc3\xa9 \xe2\x80\x9cx\xe2\x80\x9d") ==
             "\"caf\xc3\xa9 \xe2\x80\x9cx\xe2\x80\x9d\"");  // UTF-8 passes through
  BOOST_TEST(json_quote("</script>") == "\"</script>\"");
}

BOOST_AUTO_TEST_CASE(writes_compact_documents) {
  JsonWriter w(false);
  w.begin_object().field("a", 1).field("b", "x").key("c").begin_array();
  w.value(true).null().value(2.5).end_array().string_array("d", {"p", "q"}).end_object();
  BOOST_TEST(w.str() == R"({"a":1,"b":"x","c":[true,null,2.5],"d":["p","q"]})");
}

BOOST_AUTO_TEST_CASE(writes_pretty_documents) {
  JsonWriter w;
  w.begin_object().field("a", 1).key("b").begin_array().value("x").end_array().end_object();
  BOOST_TEST(w.str() == "{\n  \"a\": 1,\n  \"b\": [\n    \"x\"\n  ]\n}");
}

BOOST_AUTO_TEST_CASE(writes_empty_containers) {
  JsonWriter w(false);
  w.begin_object().key("a").begin_array().end_array().key("o").begin_object().end_object();
  w.end_object();
  BOOST_TEST(w.str() == R"({"a":[],"o":{}})");
}

BOOST_AUTO_TEST_SUITE_END()
