#pragma once
// What the fuzz targets share: loading YAML bytes held in memory the way load_workspace loads
// files (encoding check, located tree, kind, reader, then the whole-workspace checks), without
// touching the file system, so that one execution costs microseconds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "load/file_kinds.h"
#include "load/limits.h"
#include "model/workspace.h"
#include "util/diagnostic.h"

namespace ungap::fuzz {

// Smaller than the defaults so that one input cannot take seconds, yet large enough that every
// limit's own error path is reachable by the fuzzer.
load::Limits fuzz_limits();

// Parses one file into `ws`. With `forced`, the file is read as that kind whatever its keys say
// (as long as its root is a mapping), so each loader sees every input; without, the kind is
// detected as for a real file.
void load_bytes(model::Workspace& ws, std::string name, std::string_view bytes,
                const load::Limits& limits, util::Diagnostics& diags,
                const load::FileKindInfo* forced = nullptr);

// Runs the checks that need the whole workspace (references, cycles, expressions).
void resolve_workspace(model::Workspace& ws, const load::Limits& limits, util::Diagnostics& diags);

// Renders every diagnostic, as `ungap lint` would, so message formatting is exercised too.
std::size_t render_diagnostics(const util::Diagnostics& diags);

// Splits `bytes` into files at each line holding only `separator`.
std::vector<std::string_view> split_files(std::string_view bytes, std::string_view separator);

}  // namespace ungap::fuzz
