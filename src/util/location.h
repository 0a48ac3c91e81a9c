#pragma once
// Where an item came from: a file and a 1-based line and column. Every loaded item keeps one so
// that diagnostics, reports and explanations can point at the YAML that produced them.
#include <cstdint>
#include <string>

#include "util/source_file.h"

namespace ungap::util {

struct Location {
  const SourceFile* file = nullptr;
  uint32_t line = 0;
  uint32_t col = 0;

  bool valid() const { return file != nullptr; }
  const std::string& path() const;
  // "file:line:col", or "file" when no line is known, or "<unknown>".
  std::string str() const;
};

// Orders by path, then line, then column: the order diagnostics are printed in.
bool operator<(const Location& a, const Location& b);

}  // namespace ungap::util
