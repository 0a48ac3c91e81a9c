#pragma once
// Input text printed in a line-based output (a diagnostic, the table, `list`, `explain`, `test`
// and `diff` text) must stay on its line: a line break in a YAML value, such as
// "x\nrules.yaml:1:1: error: ...", would otherwise print a line that looks like ungap's own.
#include <string>
#include <string_view>

namespace ungap::util {

// `text` with each line break shown as an escape: LF `\n`, CR `\r`, and U+0085, U+2028 and
// U+2029 as `\u0085`, `\u2028`, `\u2029`; other control characters but tab (which the loader
// refuses, though a file name may hold one) as `\x1b` and the like. Other text is unchanged.
std::string single_line(std::string_view text);

}  // namespace ungap::util
