#include "util/location.h"

#include <fmt/format.h>

#include <tuple>

namespace ungap::util {

namespace {
const std::string kNoPath;
}

const std::string& Location::path() const {
  return file ? file->path() : kNoPath;
}

std::string Location::str() const {
  if (!file) return "<unknown>";
  if (line == 0) return file->path();
  return fmt::format("{}:{}:{}", file->path(), line, col);
}

bool operator<(const Location& a, const Location& b) {
  return std::forward_as_tuple(a.path(), a.line, a.col) <
         std::forward_as_tuple(b.path(), b.line, b.col);
}

}  // namespace ungap::util
