#include "util/single_line.h"

#include <fmt/format.h>

namespace ungap::util {

namespace {

// The multi-byte line breaks, as UTF-8.
struct WideBreak {
  std::string_view bytes;
  const char* shown;
};
constexpr WideBreak kWideBreaks[] = {
    {"\xC2\x85", "\\u0085"}, {"\xE2\x80\xA8", "\\u2028"}, {"\xE2\x80\xA9", "\\u2029"}};

// The escape for the ASCII control at `c`, or empty when `c` is printed as it is.
std::string ascii_escape(char c) {
  auto u = static_cast<unsigned char>(c);
  if (c == '\n') return "\\n";
  if (c == '\r') return "\\r";
  if ((u < 0x20 && c != '\t') || u == 0x7F) return fmt::format("\\x{:02x}", u);
  return {};
}

}  // namespace

std::string single_line(std::string_view text) {
  // Most text holds no byte that can start an escape: returned as it is.
  static constexpr std::string_view kStarts =
      "\x01\x02\x03\x04\x05\x06\x07\x08\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14"
      "\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f\xc2\xe2";
  if (text.find_first_of(kStarts) == std::string_view::npos &&
      text.find('\0') == std::string_view::npos)
    return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const WideBreak* wide = nullptr;
    for (const WideBreak& w : kWideBreaks)
      if (text.substr(i, w.bytes.size()) == w.bytes) wide = &w;
    if (wide) {
      out += wide->shown;
      i += wide->bytes.size() - 1;
    } else if (std::string e = ascii_escape(text[i]); !e.empty()) {
      out += e;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace ungap::util
