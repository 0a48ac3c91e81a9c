#pragma once
// The files `ungap init` and `ungap new` write, kept as files under src/cli/templates/ and
// embedded at build time (cmake/embed_templates.cmake) as one table.
#include <vector>

#include "report/new_files.h"

namespace ungap::cli {

// Every template, by its path relative to src/cli/templates, sorted by path.
const std::vector<report::Template>& template_files();

}  // namespace ungap::cli
