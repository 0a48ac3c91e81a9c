#pragma once
// The files `ungap init` and `ungap new` write, kept as files under src/cli/templates/ and
// embedded at build time (cmake/embed_templates.cmake) as one table.
#include <string_view>
#include <vector>

namespace ungap::cli {

struct TemplateFile {
  std::string_view path;  // relative to src/cli/templates, e.g. "workspace/ungap.yaml"
  std::string_view content;
};

// Every template, sorted by path.
const std::vector<TemplateFile>& template_files();

}  // namespace ungap::cli
