#include "report/spool.h"

#include <cerrno>
#include <cstring>

#include "report/stream.h"

namespace ungap::report {

namespace {

[[noreturn]] void fail(const char* what) {
  throw WriteError(std::string("cannot ") + what +
                   " the report's temporary file: " + std::strerror(errno));
}

}  // namespace

Spool::Spool() : m_file(std::tmpfile()) {
  if (!m_file) fail("create");
}

Spool::~Spool() {
  std::fclose(m_file);
}

void Spool::put(std::string_view record) {
  std::string head;
  put_number(head, static_cast<uint32_t>(record.size()));
  if (std::fwrite(head.data(), 1, head.size(), m_file) != head.size() ||
      std::fwrite(record.data(), 1, record.size(), m_file) != record.size())
    fail("write");
}

void Spool::write(std::string_view bytes) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), m_file) != bytes.size()) fail("write");
}

void Spool::start_reading() {
  if (m_reading) return;
  if (std::fflush(m_file) != 0) fail("write");
  std::rewind(m_file);
  m_reading = true;
}

bool Spool::read(std::string& out, std::size_t max) {
  start_reading();
  std::size_t had = out.size();
  out.resize(had + max);
  std::size_t got = std::fread(out.data() + had, 1, max, m_file);
  out.resize(had + got);
  if (got < max && std::ferror(m_file)) fail("read");
  return got > 0;
}

bool Spool::get(std::string& record) {
  start_reading();
  unsigned char head[4];
  std::size_t got = std::fread(head, 1, sizeof head, m_file);
  if (got == 0 && std::feof(m_file)) return false;
  if (got != sizeof head) fail("read");
  uint32_t n = 0;
  for (unsigned char b : head) n = n << 8 | b;
  record.resize(n);
  if (std::fread(record.data(), 1, n, m_file) != n) fail("read");
  return true;
}

void put_number(std::string& out, uint32_t n) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>(n >> shift & 0xff);
}

std::size_t put_placeholder(std::string& out) {
  std::size_t at = out.size();
  out.append(4, '\0');
  return at;
}

void set_number(std::string& out, std::size_t at, uint32_t n) {
  for (int i = 0; i < 4; ++i)
    out[at + static_cast<std::size_t>(i)] = static_cast<char>(n >> (24 - 8 * i) & 0xff);
}

void end_record(std::string& out, std::size_t at) {
  set_number(out, at, static_cast<uint32_t>(out.size() - at - 4));
}

void put_field(std::string& out, std::string_view field) {
  put_number(out, static_cast<uint32_t>(field.size()));
  out += field;
}

uint32_t FieldReader::number() {
  uint32_t n = 0;
  for (int i = 0; i < 4; ++i)
    n = n << 8 | static_cast<unsigned char>(m_rest[static_cast<std::size_t>(i)]);
  m_rest.remove_prefix(4);
  return n;
}

std::string_view FieldReader::field() {
  uint32_t n = number();
  std::string_view out = m_rest.substr(0, n);
  m_rest.remove_prefix(n);
  return out;
}

}  // namespace ungap::report
