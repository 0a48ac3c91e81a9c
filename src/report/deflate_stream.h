#pragma once
// Raw deflate (RFC 1951) of a text written a piece at a time, with its CRC-32 and length, as a
// ZIP entry needs them. A segment ended by flush() is byte-aligned and not final, so segments
// compressed apart can be laid end to end and read as one stream when the last one is
// finish()ed: an XLSX sheet's head (its column widths, known only at the end) is compressed
// after its rows and written before them.
#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace ungap::report {

class DeflateStream {
 public:
  explicit DeflateStream(int level = 1);  // 1: the fastest, as a report is written once
  ~DeflateStream();
  DeflateStream(const DeflateStream&) = delete;
  DeflateStream& operator=(const DeflateStream&) = delete;

  // Compresses `text`, appending what deflate gives out to `out` (maybe nothing yet).
  void write(std::string_view text, std::string& out);
  // Ends the segment: everything written so far is in `out`, the last block not final.
  void flush(std::string& out);
  // Ends the stream: the last block final.
  void finish(std::string& out);

  uint32_t crc() const { return m_crc; }
  uint64_t size() const { return m_size; }

 private:
  void run(std::string_view text, int mode, std::string& out);

  z_stream m_z{};
  uint32_t m_crc = 0;
  uint64_t m_size = 0;
};

// The CRC-32 of two texts laid end to end, from each one's CRC and the second's length.
uint32_t crc32_joined(uint32_t first, uint32_t second, uint64_t second_size);

}  // namespace ungap::report
