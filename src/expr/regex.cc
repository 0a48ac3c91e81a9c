#include "expr/regex.h"

#include <fmt/format.h>
#include <re2/re2.h>

namespace ungap::expr {

std::variant<std::shared_ptr<const re2::RE2>, std::string> compile_regex(std::string_view pattern,
                                                                         int max_program_size) {
  re2::RE2::Options options;
  options.set_log_errors(false);
  auto regex =
      std::make_shared<const re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
  if (!regex->ok()) {
    return fmt::format("invalid regular expression '{}': {}", pattern, regex->error());
  }
  if (regex->ProgramSize() > max_program_size) {
    return fmt::format(
        "regular expression '{}' is too complex: its program size {} exceeds the limit of {}",
        pattern, regex->ProgramSize(), max_program_size);
  }
  return regex;
}

bool regex_search(const re2::RE2& regex, std::string_view text) {
  return re2::RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), regex);
}

}  // namespace ungap::expr
