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

BOOST_AUTO_TEST_CASE(bytes_come_back_in_pieces_of_at_most_max) {
  Spool s;
  s.write("abcdefg");
  s.write("");
  s.write("hij");
  std::vector<std::string> pieces;
  for (std::string piece; s.read(piece, 4); piece.clear()) pieces.push_back(piece);
  BOOST_TEST(pieces == (std::vector<std::string>{"abcd", "efgh", "ij"}));
  std::string r = "kept";
  BOOST_TEST(!s.read(r, 4));
  BOOST_TEST(r == "kept");  // appends: nothing at the end
}

BOOST_AUTO_TEST_CASE(records_framed_in_place_come_back_one_by_one) {
  std::string text;
  std::size_t first = begin_record(text);
  put_field(text, "id");
  std::size_t offset = put_placeholder(text);
  text += "json";
  set_number(text, offset, 3);
  end_record(text, first);
  end_record(text, begin_record(text));  // an empty record
  Spool s;
  s.write(text);
  s.put("put");
  std::string r;
  BOOST_TEST(s.get(r));
  BOOST_TEST(r == std::string("\0\0\0\2id\0\0\0\3json", 14));
  FieldReader f(r);
  BOOST_TEST(f.field() == "id");
  BOOST_TEST(f.number() == 3u);
  BOOST_TEST(f.rest() == "json");
  BOOST_TEST(s.get(r));
  BOOST_TEST(r == "");
  BOOST_TEST(s.get(r));
  BOOST_TEST(r == "put");
  BOOST_TEST(!s.get(r));
}

BOOST_AUTO_TEST_SUITE_END()
