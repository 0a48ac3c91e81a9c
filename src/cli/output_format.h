#pragma once
// Which format an output file gets: `--format` when given, else the file's extension, so
// `-o gaps.xlsx` is a workbook and never a text table under a misleading name.
#include <string>
#include <vector>

namespace ungap::cli {

struct FormatChoice {
  std::string given;                 // --format as typed, "" when not given
  std::string fallback;              // the format without -o and without --format
  std::vector<std::string> allowed;  // the formats this command writes
};

// The format to write `output` in, or an error saying why it cannot be told: an extension no
// format of this command has, or a --format the extension contradicts.
struct FormatResult {
  std::string format;
  std::string error;
};
FormatResult output_format(const std::string& output, const FormatChoice& choice);

// The format an output file's name stands for, and the suffix that says so; format "" with a
// suffix for an extension no format has, both "" for a name without extension.
struct NamedFormat {
  std::string format;
  std::string suffix;
};
NamedFormat format_of_name(const std::string& output);

}  // namespace ungap::cli
