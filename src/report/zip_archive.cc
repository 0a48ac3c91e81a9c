#include "report/zip_archive.h"

#include <fmt/format.h>

#include "report/stream.h"

namespace ungap::report {

namespace {

constexpr uint64_t kMax32 = 0xFFFFFFFFu;
constexpr uint32_t kMaxEntries = 0xFFFF;
constexpr uint16_t kVersion = 20;  // 2.0: deflate
constexpr uint16_t kUtf8Names = 1u << 11;
constexpr uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;  // 1980-01-01, time 00:00

void put16(std::string& out, uint64_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>(v >> 8 & 0xFF);
}

void put32(std::string& out, uint64_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16 & 0xFFFF);
}

[[noreturn]] void too_big(std::string_view what) {
  throw WriteError(fmt::format(
      "the XLSX workbook's {} would pass the 4 GiB a ZIP archive without ZIP64 holds; select "
      "fewer companies (--company) or frameworks (--framework), or write csv or json",
      what));
}

// The fields the local header and the central directory's record share, from the version
// needed to the extra field's length.
std::string common_fields(const ZipEntry& e) {
  std::string out;
  put16(out, kVersion);
  put16(out, kUtf8Names);
  put16(out, e.deflated ? 8 : 0);
  put16(out, 0);  // time
  put16(out, kDosDate);
  put32(out, e.crc);
  put32(out, e.stored_size);
  put32(out, e.size);
  put16(out, e.name.size());
  put16(out, 0);  // extra field
  return out;
}

}  // namespace

std::string ZipArchive::entry(const ZipEntry& e) {
  if (e.stored_size > kMax32 || e.size > kMax32) too_big("part '" + e.name + "'");
  if (e.name.size() > 0xFFFF) throw WriteError("a ZIP entry's name is too long");
  if (++m_count > kMaxEntries) throw WriteError("too many parts for the XLSX workbook");
  std::string head;
  put32(head, 0x04034b50);
  head += common_fields(e);
  head += e.name;
  // The central directory records where the entry starts: within the 32 bits it has.
  if (m_offset + head.size() + e.stored_size > kMax32) too_big("size");
  put32(m_directory, 0x02014b50);
  put16(m_directory, kVersion);  // made by: MS-DOS, 2.0
  m_directory += common_fields(e);
  put16(m_directory, 0);  // comment
  put16(m_directory, 0);  // disk
  put16(m_directory, 0);  // internal attributes
  put32(m_directory, 0);  // external attributes
  put32(m_directory, m_offset);
  m_directory += e.name;
  m_offset += head.size() + e.stored_size;
  return head;
}

std::string ZipArchive::finish() {
  if (m_offset + m_directory.size() > kMax32) too_big("size");
  uint64_t directory_size = m_directory.size();
  std::string out = std::move(m_directory);
  put32(out, 0x06054b50);
  put16(out, 0);  // this disk
  put16(out, 0);  // the directory's disk
  put16(out, m_count);
  put16(out, m_count);
  put32(out, directory_size);
  put32(out, m_offset);
  put16(out, 0);  // comment
  m_offset += out.size();
  m_directory.clear();
  return out;
}

}  // namespace ungap::report
