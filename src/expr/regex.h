#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace re2 {
class RE2;
}

namespace ungap::expr {

// A compiled RE2 pattern, or a message saying why it was rejected (syntax, or a program
// larger than `max_program_size`, which bounds the memory and time one match can take).
std::variant<std::shared_ptr<const re2::RE2>, std::string> compile_regex(std::string_view pattern,
                                                                         int max_program_size);

bool regex_search(const re2::RE2& regex, std::string_view text);

}  // namespace ungap::expr
