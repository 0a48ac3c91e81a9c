#pragma once
// SHA-256 of input files, so every report names exactly what it was computed from.
#include <string>
#include <string_view>

namespace ungap::util {

// Lower-case hex digest.
std::string sha256_hex(std::string_view data);

}  // namespace ungap::util
