#include "util/located_text.h"

namespace ungap::util {

Location LocatedText::at(std::size_t offset) const {
  if (positions.empty()) {
    Location l = loc;
    l.col += static_cast<uint32_t>(offset);
    return l;
  }
  const auto& p = offset < positions.size() ? positions[offset] : positions.back();
  Location l = loc;
  l.line = p.first;
  // Past the end (an error at end of expression) points just after the last byte.
  l.col = p.second + (offset >= positions.size() ? 1 : 0);
  return l;
}

}  // namespace ungap::util
