#pragma once
// A loaded input file: its display path, its bytes and where each line starts, so that any
// diagnostic can quote the offending line with a caret under the column.
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace ungap::util {

class SourceFile {
 public:
  SourceFile(std::string path, std::string content);

  const std::string& path() const { return m_path; }
  // The bytes; reloaded through the release() callback if they were released.
  const std::string& content() const;
  // Frees the bytes of a file that has been read, keeping where its lines start: a big
  // workspace need not hold every file in memory just in case a diagnostic quotes a line.
  // `reload` brings the same bytes back when a line is needed again.
  void release(std::function<std::string()> reload) const;
  // The text of a 1-based line, without its line break; empty past the end.
  std::string_view line(uint32_t line) const;
  uint32_t line_count() const { return static_cast<uint32_t>(m_line_starts.size()); }
  // 1-based line and column (in bytes) of a byte offset.
  std::pair<uint32_t, uint32_t> position(std::size_t offset) const;
  // Byte offset of a 1-based line and column; clamped to the content.
  std::size_t offset(uint32_t line, uint32_t col) const;

 private:
  std::string m_path;
  mutable std::string m_content;
  // Offsets fit 32 bits: input files are far below 4 GiB (the size limit).
  std::vector<std::uint32_t> m_line_starts;
  mutable std::function<std::string()> m_reload;
  mutable std::atomic<bool> m_released{false};
  mutable std::mutex m_mutex;
};

}  // namespace ungap::util
