#include "load/input_checks.h"

#include <fmt/format.h>

#include "util/utf8.h"

namespace ungap::load {

void strip_bom(std::string& content) {
  if (content.starts_with("\xEF\xBB\xBF")) content.erase(0, 3);
}

void report_unsafe(const util::UnsafeCharacter& c, const util::Location& at,
                   util::Diagnostics& diags, std::optional<std::size_t> offset) {
  std::string where = offset ? fmt::format("at offset {}", *offset) : "written as an escape";
  if (c.bidi)
    diags.error(at,
                fmt::format("bidirectional control U+{:04X} is not allowed ({}): it makes text "
                            "display in another order than it is read",
                            c.code_point, where),
                "bidi-control");
  else
    diags.error(
        at,
        fmt::format("control character U+{:04X} is not allowed in YAML ({})", c.code_point, where),
        "control-character");
}

bool check_encoding(const util::SourceFile& file, util::Diagnostics& diags) {
  const std::string& content = file.content();
  if (auto bad = util::find_invalid_utf8(content)) {
    auto [line, col] = file.position(*bad);
    diags.error({&file, line, col},
                fmt::format("invalid UTF-8 (byte 0x{:02x} at offset {})",
                            static_cast<unsigned char>(content[*bad]), *bad),
                "invalid-utf8");
    return false;
  }
  if (auto bad = util::find_unsafe_character(content)) {
    auto [line, col] = file.position(bad->offset);
    report_unsafe(*bad, {&file, line, col}, diags, bad->offset);
    return false;
  }
  if (content.find_first_not_of(" \t\r\n") == std::string::npos) {
    diags.error({&file, 1, 1}, "the file is empty", "empty-file");
    return false;
  }
  return true;
}

}  // namespace ungap::load
