#pragma once
// `ungap lint` output formats: text for people, JSON for scripts, SARIF 2.1.0 for code-scanning
// tools, and GitHub Actions workflow commands for pull-request annotations.
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.h"

namespace ungap::report {

std::vector<std::string> diagnostic_format_names();  // text, json, sarif, github
// Renders the diagnostics in `format` (one of the names above).
std::string render_diagnostics(std::string_view format, const std::vector<util::Diagnostic>& ds);
// Whether `ungap lint` fails on these: on an error, or with `--strict` on any diagnostic.
bool lint_fails(const std::vector<util::Diagnostic>& ds, bool strict);

std::string diagnostics_text(const std::vector<util::Diagnostic>& ds);
std::string diagnostics_json(const std::vector<util::Diagnostic>& ds);
std::string diagnostics_sarif(const std::vector<util::Diagnostic>& ds);
std::string diagnostics_github(const std::vector<util::Diagnostic>& ds);

}  // namespace ungap::report
