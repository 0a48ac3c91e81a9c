#include "util/source_file.h"

#include <algorithm>

namespace ungap::util {

SourceFile::SourceFile(std::string path, std::string content)
    : m_path(std::move(path)), m_content(std::move(content)) {
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < m_content.size(); ++i) {
    if (m_content[i] == '\n') m_line_starts.push_back(i + 1);
  }
}

std::string_view SourceFile::line(uint32_t line) const {
  if (line == 0 || line > m_line_starts.size()) return {};
  std::size_t begin = m_line_starts[line - 1];
  std::size_t end = line < m_line_starts.size() ? m_line_starts[line] - 1 : m_content.size();
  if (end > begin && m_content[end - 1] == '\r') --end;
  return std::string_view(m_content).substr(begin, end - begin);
}

std::pair<uint32_t, uint32_t> SourceFile::position(std::size_t offset) const {
  auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  auto line = static_cast<uint32_t>(it - m_line_starts.begin());
  return {line, static_cast<uint32_t>(offset - m_line_starts[line - 1] + 1)};
}

std::size_t SourceFile::offset(uint32_t line, uint32_t col) const {
  if (line == 0) return 0;
  if (line > m_line_starts.size()) return m_content.size();
  return std::min(m_line_starts[line - 1] + (col > 0 ? col - 1 : 0), m_content.size());
}

}  // namespace ungap::util
