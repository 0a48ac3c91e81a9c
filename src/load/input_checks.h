#pragma once
// What must hold of an input's bytes before it is parsed: yaml-cpp accepts invalid UTF-8 and
// control characters silently, and reads an all-blank file as no document at all.
#include <optional>
#include <string>

#include "util/diagnostic.h"
#include "util/source_file.h"
#include "util/utf8.h"

namespace ungap::load {

// Removes a UTF-8 byte order mark: yaml-cpp skips it but then counts byte offsets without it,
// and editors do not show it, so columns on the first line are right only without it.
void strip_bom(std::string& content);

// Reports a control or bidirectional character found in a file or in a decoded escape.
// `offset`: where in the file a raw one is (none for an escape).
void report_unsafe(const util::UnsafeCharacter& c, const util::Location& at,
                   util::Diagnostics& diags, std::optional<std::size_t> offset = std::nullopt);

// Reports the first problem with `file`'s bytes; returns whether it can be parsed.
bool check_encoding(const util::SourceFile& file, util::Diagnostics& diags);

}  // namespace ungap::load
