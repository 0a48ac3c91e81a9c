#pragma once
// Maps each byte of a decoded YAML scalar back to its line and column in the file, so that an
// error inside an expression written as a quoted, folded or literal scalar points at the exact
// spot in the YAML source.
#include <string>

#include "util/located_text.h"
#include "util/source_file.h"

namespace ungap::load {

util::LocatedText locate_scalar(const util::SourceFile& file, uint32_t line, uint32_t col,
                                std::size_t offset, char style, std::string text);

}  // namespace ungap::load
