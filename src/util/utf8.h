#pragma once
// UTF-8 validation: yaml-cpp accepts invalid UTF-8 silently, so inputs are checked first.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ungap::util {

// The byte offset of the first invalid sequence, or nullopt when the text is valid UTF-8
// (overlong forms, surrogates and code points past U+10FFFF are invalid).
std::optional<std::size_t> find_invalid_utf8(std::string_view text);
// The byte offset of the first control character YAML does not allow (C0 controls other than
// tab, line feed and carriage return, and DEL), or nullopt. A NUL byte is valid UTF-8, so
// without this check yaml-cpp would silently read binary junk as a scalar.
std::optional<std::size_t> find_control_character(std::string_view text);
// A character that must not reach a report or a terminal: a control character (as above) or
// U+0085 and the other C1 controls, or a bidirectional embedding, override or isolate
// (U+202A-U+202E, U+2066-U+2069), which make text display in another order than it is read.
// `text` must be valid UTF-8.
struct UnsafeCharacter {
  std::size_t offset;
  std::uint32_t code_point;
  bool bidi;
};
std::optional<UnsafeCharacter> find_unsafe_character(std::string_view text);
// Re-encodes each byte that is not part of a valid UTF-8 sequence as the code point of the same
// value (yaml-cpp decodes `\N`, `\_` and `\xA0` to single raw bytes, not to UTF-8).
std::string latin1_bytes_to_utf8(std::string_view text);

// `text` with each byte of an invalid sequence replaced by '?', so that a line quoted in a
// diagnostic is valid UTF-8 and keeps its byte columns.
std::string replace_invalid_utf8(std::string_view text);

// Appends the UTF-8 encoding of a code point (the caller has checked it is a scalar value).
void append_utf8(std::string& out, std::uint32_t code_point);

}  // namespace ungap::util
