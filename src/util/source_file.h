#pragma once
// A loaded input file: its display path, its bytes and where each line starts, so that any
// diagnostic can quote the offending line with a caret under the column.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ungap::util {

class SourceFile {
 public:
  SourceFile(std::string path, std::string content);

  const std::string& path() const { return m_path; }
  const std::string& content() const { return m_content; }
  // The text of a 1-based line, without its line break; empty past the end.
  std::string_view line(uint32_t line) const;
  uint32_t line_count() const { return static_cast<uint32_t>(m_line_starts.size()); }
  // 1-based line and column (in bytes) of a byte offset.
  std::pair<uint32_t, uint32_t> position(std::size_t offset) const;
  // Byte offset of a 1-based line and column; clamped to the content.
  std::size_t offset(uint32_t line, uint32_t col) const;

 private:
  std::string m_path;
  std::string m_content;
  std::vector<std::size_t> m_line_starts;
};

}  // namespace ungap::util
