#pragma once
// A ZIP archive (PKWARE APPNOTE) written front to back: each entry's local header with its
// sizes and CRC-32, then its data (the caller's), then the central directory. No ZIP64: an
// entry or an archive past 4 GiB, or more than 65,535 entries, is refused with a WriteError
// before a byte of it is written. Every entry is dated 1980-01-01 00:00, so the same entries
// give the same bytes.
#include <cstdint>
#include <string>
#include <string_view>

namespace ungap::report {

struct ZipEntry {
  std::string name;
  uint32_t crc = 0;
  uint64_t stored_size = 0;  // the data as written: compressed when `deflated`
  uint64_t size = 0;         // the data uncompressed
  bool deflated = true;
};

class ZipArchive {
 public:
  // The local header of the next entry; its `stored_size` bytes of data must follow it.
  std::string entry(const ZipEntry& e);
  // The central directory and its end record, after the last entry's data.
  std::string finish();
  uint64_t size() const { return m_offset; }

 private:
  std::string m_directory;
  uint64_t m_offset = 0;  // bytes written so far
  uint32_t m_count = 0;
};

}  // namespace ungap::report
