#include "report/deflate_stream.h"

#include "report/stream.h"

namespace ungap::report {

namespace {

constexpr std::size_t kChunk = 1 << 12;  // room made in the output per deflate call
constexpr uInt kMaxInput = 1u << 30;     // zlib counts input in uInt

}  // namespace

DeflateStream::DeflateStream(int level) {
  // -15: a raw stream (no zlib header or checksum; ZIP has its own) with the largest window.
  if (deflateInit2(&m_z, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw WriteError("cannot start compressing the XLSX workbook (out of memory)");
}

DeflateStream::~DeflateStream() {
  deflateEnd(&m_z);
}

void DeflateStream::run(std::string_view text, int mode, std::string& out) {
  do {
    std::string_view piece = text.substr(0, kMaxInput);
    text.remove_prefix(piece.size());
    int piece_mode = text.empty() ? mode : Z_NO_FLUSH;
    // Not with no text: crc32 given a null pointer returns its initial value.
    if (!piece.empty())
      m_crc = static_cast<uint32_t>(crc32(m_crc, reinterpret_cast<const Bytef*>(piece.data()),
                                          static_cast<uInt>(piece.size())));
    m_size += piece.size();
    m_z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(piece.data()));
    m_z.avail_in = static_cast<uInt>(piece.size());
    // Until deflate leaves room unused: all input taken and, when flushing, all output given.
    do {
      std::size_t used = out.size();
      out.resize(used + kChunk);
      m_z.next_out = reinterpret_cast<Bytef*>(out.data() + used);
      m_z.avail_out = kChunk;
      int rc = deflate(&m_z, piece_mode);
      out.resize(used + kChunk - m_z.avail_out);
      if (rc == Z_STREAM_ERROR) throw WriteError("the XLSX workbook's compression failed");
    } while (m_z.avail_out == 0);
  } while (!text.empty());
}

void DeflateStream::write(std::string_view text, std::string& out) {
  if (!text.empty()) run(text, Z_NO_FLUSH, out);
}

void DeflateStream::flush(std::string& out) {
  run({}, Z_SYNC_FLUSH, out);
}

void DeflateStream::finish(std::string& out) {
  run({}, Z_FINISH, out);
}

uint32_t crc32_joined(uint32_t first, uint32_t second, uint64_t second_size) {
  return static_cast<uint32_t>(crc32_combine64(first, second, static_cast<z_off64_t>(second_size)));
}

}  // namespace ungap::report
