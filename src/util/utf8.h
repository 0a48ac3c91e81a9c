#pragma once
// UTF-8 validation: yaml-cpp accepts invalid UTF-8 silently, so inputs are checked first.
#include <cstddef>
#include <optional>
#include <string_view>

namespace ungap::util {

// The byte offset of the first invalid sequence, or nullopt when the text is valid UTF-8
// (overlong forms, surrogates and code points past U+10FFFF are invalid).
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace ungap::util
