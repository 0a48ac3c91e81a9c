#pragma once
// A scalar's decoded text together with where each byte of it sits in the file, so that an
// error at byte k of an expression (inside a quoted or folded YAML scalar) points at the exact
// line and column of the YAML source.
#include <cstdint>
#include <string>
#include <vector>

#include "util/location.h"

namespace ungap::util {

struct LocatedText {
  std::string text;
  Location loc;  // where the scalar starts (its first content byte for plain scalars)
  // Position of each byte of `text` in the file; empty when byte k sits at loc.col + k on
  // loc.line (a plain one-line scalar).
  std::vector<std::pair<uint32_t, uint32_t>> positions;

  bool empty() const { return text.empty(); }
  Location at(std::size_t offset) const;
};

}  // namespace ungap::util
