#include "report/deflate_stream.h"

#include <zlib.h>

#include <boost/test/unit_test.hpp>
#include <string>

using namespace ungap::report;

namespace {

// The text a raw deflate stream holds, by zlib's inflate.
std::string inflated(const std::string& bytes) {
  z_stream z{};
  BOOST_REQUIRE(inflateInit2(&z, -15) == Z_OK);
  std::string out(1 << 20, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int rc = inflate(&z, Z_FINISH);
  inflateEnd(&z);
  BOOST_TEST(rc == Z_STREAM_END);  // the stream ends where its bytes do
  out.resize(z.total_out);
  return out;
}

uint32_t crc_of(const std::string& s) {
  return static_cast<uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size())));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(deflate_stream)

BOOST_AUTO_TEST_CASE(round_trip_with_crc_and_size) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "<c r=\"A" + std::to_string(i) + "\"><v>1</v></c>";
  DeflateStream d;
  std::string out;
  for (std::size_t at = 0; at < text.size(); at += 1000) d.write(text.substr(at, 1000), out);
  d.finish(out);
  BOOST_TEST(inflated(out) == text);
  BOOST_TEST(d.size() == text.size());
  BOOST_TEST(d.crc() == crc_of(text));
  BOOST_TEST(out.size() < text.size() / 4);
}

BOOST_AUTO_TEST_CASE(an_empty_stream) {
  DeflateStream d;
  std::string out;
  d.finish(out);
  BOOST_TEST(inflated(out) == "");
  BOOST_TEST(d.crc() == 0u);
  BOOST_TEST(d.size() == 0u);
}

// A sheet's head is compressed after its rows and laid before them: segments ended by flush()
// and a last one ended by finish() read as one stream, and their CRC-32s join into the whole's.
BOOST_AUTO_TEST_CASE(segments_laid_end_to_end) {
  std::string head = "<worksheet><cols/><sheetData>", rows, tail = "</sheetData></worksheet>";
  for (int i = 0; i < 3000; ++i) rows += "<row r=\"" + std::to_string(i) + "\"/>";
  DeflateStream body, first, last;
  std::string body_bytes, head_bytes, tail_bytes;
  body.write(rows, body_bytes);
  body.flush(body_bytes);
  first.write(head, head_bytes);
  first.flush(head_bytes);
  last.write(tail, tail_bytes);
  last.finish(tail_bytes);
  BOOST_TEST(inflated(head_bytes + body_bytes + tail_bytes) == head + rows + tail);
  uint32_t joined =
      crc32_joined(crc32_joined(first.crc(), body.crc(), body.size()), last.crc(), last.size());
  BOOST_TEST(joined == crc_of(head + rows + tail));
}

BOOST_AUTO_TEST_SUITE_END()
