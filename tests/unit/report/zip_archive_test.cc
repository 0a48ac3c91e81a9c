#include "report/zip_archive.h"

#include <boost/test/unit_test.hpp>
#include <string>

#include "report/stream.h"

using namespace ungap::report;

namespace {

std::string hex(const std::string& bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(zip_archive)

// A stored entry "hi.txt" holding "hello" (CRC-32 3610a686), byte for byte as APPNOTE 4.3.7,
// 4.3.12 and 4.3.16 lay them out, little-endian.
BOOST_AUTO_TEST_CASE(a_stored_entry_and_the_directory) {
  ZipArchive zip;
  std::string bytes = zip.entry({"hi.txt", 0x3610a686, 5, 5, false});
  BOOST_TEST(hex(bytes) ==
             "504b0304"  // local header
             "1400"
             "0008"
             "0000"
             "0000"
             "2100"  // version 2.0, UTF-8 names, stored, 1980-01-01
             "86a61036"
             "05000000"
             "05000000"
             "0600"
             "0000" +
                 hex("hi.txt"));
  bytes += "hello";
  BOOST_TEST(zip.size() == 41u);
  std::string end = zip.finish();
  BOOST_TEST(hex(end) ==
             "504b0102"
             "1400"  // the directory's record, made by 2.0
             "1400"
             "0008"
             "0000"
             "0000"
             "2100"
             "86a61036"
             "05000000"
             "05000000"
             "0600"
             "0000"
             "0000"
             "0000"
             "0000"
             "00000000"
             "00000000" +
                 hex("hi.txt") +
                 "504b0506"
                 "0000"
                 "0000"
                 "0100"
                 "0100"  // the end record: 1 entry
                 "34000000"
                 "29000000"
                 "0000");  // the directory: 52 bytes at 41
  BOOST_TEST(zip.size() == 41u + end.size());
}

BOOST_AUTO_TEST_CASE(a_deflated_entry_says_so) {
  ZipArchive zip;
  BOOST_TEST(hex(zip.entry({"a", 1, 2, 3, true})).substr(16, 4) == "0800");
}

// No ZIP64: an entry's size or an offset past 32 bits is refused before a byte of it is given.
BOOST_AUTO_TEST_CASE(past_4_gib_is_refused) {
  const std::string advice =
      " would pass the 4 GiB a ZIP archive without ZIP64 holds; select fewer companies "
      "(--company) or frameworks (--framework), or write csv or json";
  ZipArchive zip;
  try {
    zip.entry({"xl/worksheets/sheet1.xml", 0, 100, 0x100000000ull, true});
    BOOST_FAIL("no error for 4 GiB of XML");
  } catch (const WriteError& e) {
    BOOST_TEST(e.what() == "the XLSX workbook's part 'xl/worksheets/sheet1.xml'" + advice);
  }
  zip.entry({"a", 0, 0xF0000000u, 0xF0000000u, true});
  try {
    zip.entry({"b", 0, 0x10000000u, 0x10000000u, true});
    BOOST_FAIL("no error for an archive past 4 GiB");
  } catch (const WriteError& e) {
    BOOST_TEST(e.what() == "the XLSX workbook's size" + advice);
  }
}

BOOST_AUTO_TEST_SUITE_END()
