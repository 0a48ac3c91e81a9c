#include "cli/output_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace ungap::cli {

namespace {

struct Suffix {
  std::string_view suffix;
  std::string_view format;
};

// Longest suffixes first: `x.sarif.json` is SARIF and `x.junit.xml` JUnit, as those tools name
// their files.
constexpr Suffix kSuffixes[] = {
    {".sarif.json", "sarif"}, {".junit.xml", "junit"}, {".md", "md"},     {".markdown", "md"},
    {".csv", "csv"},          {".json", "json"},       {".html", "html"}, {".htm", "html"},
    {".xlsx", "xlsx"},        {".sarif", "sarif"},     {".xml", "junit"}, {".txt", "text"},
};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool is_stdout(const std::string& output) {
  return output.empty() || output == "-";
}

// The plain-text formats: `table` for check, `text` for test; a .txt file is either.
std::string text_format(const FormatChoice& choice) {
  for (const char* f : {"table", "text"})
    if (std::find(choice.allowed.begin(), choice.allowed.end(), f) != choice.allowed.end())
      return f;
  return "";
}

std::string listed(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

NamedFormat format_of_name(const std::string& output) {
  std::string name = lower(output.substr(output.find_last_of('/') + 1));
  for (const auto& s : kSuffixes)
    if (name.size() > s.suffix.size() && name.ends_with(s.suffix))
      return {std::string(s.format), std::string(s.suffix)};
  auto dot = name.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return {};  // no extension, or a hidden file's name
  return {"", name.substr(dot)};
}

FormatResult output_format(const std::string& output, const FormatChoice& choice) {
  if (is_stdout(output)) return {choice.given.empty() ? choice.fallback : choice.given, ""};
  NamedFormat named = format_of_name(output);
  std::string by_name = named.format == "text" ? text_format(choice) : named.format;
  bool allowed =
      std::find(choice.allowed.begin(), choice.allowed.end(), by_name) != choice.allowed.end();
  if (!choice.given.empty()) {
    // A .txt file says only "text", which every format but xlsx is.
    if (by_name.empty() || by_name == choice.given || named.format == "text")
      return {choice.given, ""};
    return {"", fmt::format("--format {} contradicts the name of -o {} (a {} file is {}); change "
                            "one of them",
                            choice.given, output, named.suffix, by_name)};
  }
  if (named.suffix.empty()) return {choice.fallback, ""};
  if (!allowed)
    return {"",
            fmt::format("cannot tell the format of -o {} from its extension {}; give --format ({})",
                        output, named.suffix, listed(choice.allowed))};
  return {by_name, ""};
}

}  // namespace ungap::cli
