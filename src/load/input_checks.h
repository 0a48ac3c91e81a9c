#pragma once
// What must hold of an input's bytes before it is parsed: yaml-cpp accepts invalid UTF-8 and
// control characters silently, and reads an all-blank file as no document at all.
#include "util/diagnostic.h"
#include "util/source_file.h"

namespace ungap::load {

// Reports the first problem with `file`'s bytes; returns whether it can be parsed.
bool check_encoding(const util::SourceFile& file, util::Diagnostics& diags);

}  // namespace ungap::load
