#include "util/source_file.h"

#include <algorithm>

namespace ungap::util {

SourceFile::SourceFile(std::string path, std::string content)
    : m_path(std::move(path)), m_content(std::move(content)) {
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < m_content.size(); ++i) {
    if (m_content[i] == '\n') m_line_starts.push_back(static_cast<std::uint32_t>(i + 1));
  }
}

const std::string& SourceFile::content() const {
  // The flag keeps the common case (never released) free of locking: the parser asks for the
  // content once per scalar.
  if (m_released.load(std::memory_order_acquire)) {
    std::lock_guard lock(m_mutex);
    if (m_reload) {
      m_content = m_reload();
      m_reload = nullptr;
      m_released.store(false, std::memory_order_release);
    }
  }
  return m_content;
}

void SourceFile::release(std::function<std::string()> reload) const {
  std::lock_guard lock(m_mutex);
  m_reload = std::move(reload);
  std::string().swap(m_content);
  m_released.store(true, std::memory_order_release);
}

std::string_view SourceFile::line(uint32_t line) const {
  if (line == 0 || line > m_line_starts.size()) return {};
  const std::string& text = content();
  std::size_t begin = m_line_starts[line - 1];
  std::size_t end = line < m_line_starts.size() ? m_line_starts[line] - 1 : text.size();
  if (end > text.size() || begin > end) return {};  // the file changed since it was read
  if (end > begin && text[end - 1] == '\r') --end;
  return std::string_view(text).substr(begin, end - begin);
}

std::pair<uint32_t, uint32_t> SourceFile::position(std::size_t offset) const {
  auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  auto line = static_cast<uint32_t>(it - m_line_starts.begin());
  return {line, static_cast<uint32_t>(offset - m_line_starts[line - 1] + 1)};
}

std::size_t SourceFile::offset(uint32_t line, uint32_t col) const {
  const std::string& text = content();
  if (line == 0) return 0;
  if (line > m_line_starts.size()) return text.size();
  return std::min<std::size_t>(m_line_starts[line - 1] + (col > 0 ? col - 1 : 0), text.size());
}

}  // namespace ungap::util
