#pragma once
// Text a report cannot write yet, set aside on disk: a format whose head depends on every
// company (JUnit's totals, SARIF's rule table, the table's column widths) keeps each company's
// part in an anonymous temporary file and reads it back at the end, so a run over thousands of
// companies holds one company's part in memory, not all of them.
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace ungap::report {

class Spool {
 public:
  Spool();  // throws WriteError when no temporary file can be made
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  // Appends one record. Throws WriteError when the disk is full.
  void put(std::string_view record);
  // The records in the order they were put, after the last put(): false once all are read.
  bool get(std::string& record);
  // Appends bytes as they are: text to be read back with read(), or records framed in a string
  // with begin_record() and end_record(), to be read back with get().
  void write(std::string_view bytes);
  // Appends the next bytes written, at most `max` of them, to `out`: false once all are read.
  // Read back a piece at a time, a company's text is never held whole twice.
  bool read(std::string& out, std::size_t max);

 private:
  void start_reading();

  std::FILE* m_file;
  bool m_reading = false;
};

// Fields inside a record: each a 32-bit length and its bytes, so any text (even with NUL bytes
// or newlines) comes back as it went in.
void put_field(std::string& out, std::string_view field);
void put_number(std::string& out, uint32_t n);
// A number whose value is known only later (a length, an offset): its place in `out`, where
// set_number() writes it.
std::size_t put_placeholder(std::string& out);
void set_number(std::string& out, std::size_t at, uint32_t n);
// A record framed in place, as put() frames it: begin_record() before its bytes, end_record()
// with begin_record()'s value after them. Several framed records written at once come back one
// by one from get().
inline std::size_t begin_record(std::string& out) {
  return put_placeholder(out);
}
void end_record(std::string& out, std::size_t at);

class FieldReader {
 public:
  explicit FieldReader(std::string_view record) : m_rest(record) {}
  bool done() const { return m_rest.empty(); }
  std::string_view field();
  uint32_t number();
  std::string_view rest() const { return m_rest; }

 private:
  std::string_view m_rest;
};

}  // namespace ungap::report
