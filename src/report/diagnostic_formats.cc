#include "report/diagnostic_formats.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "report/sarif_paths.h"
#include "util/json_writer.h"
#include "util/version.h"

namespace ungap::report {

namespace {

struct Counts {
  std::size_t errors = 0, warnings = 0;
};

Counts count(const std::vector<util::Diagnostic>& ds) {
  Counts c;
  for (const auto& d : ds) (d.severity == util::Severity::kError ? c.errors : c.warnings)++;
  return c;
}

// GitHub workflow commands need %, CR and LF escaped in messages, and also : and , in
// properties.
std::string github_escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else if (property && c == ':')
      out += "%3A";
    else if (property && c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::vector<std::string> diagnostic_format_names() {
  return {"text", "json", "sarif", "github"};
}

std::string render_diagnostics(std::string_view format, const std::vector<util::Diagnostic>& ds) {
  if (format == "json") return diagnostics_json(ds);
  if (format == "sarif") return diagnostics_sarif(ds);
  if (format == "github") return diagnostics_github(ds);
  return diagnostics_text(ds);
}

bool lint_fails(const std::vector<util::Diagnostic>& ds, bool strict) {
  return (strict && !ds.empty()) || count(ds).errors > 0;
}

std::string diagnostics_text(const std::vector<util::Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) out += util::render_text(d);
  Counts c = count(ds);
  out += util::count_summary(c.errors, c.warnings) + "\n";
  return out;
}

std::string diagnostics_json(const std::vector<util::Diagnostic>& ds) {
  util::JsonWriter w;
  Counts c = count(ds);
  w.begin_object();
  w.field("schema_version", 1);
  w.field("errors", c.errors).field("warnings", c.warnings);
  w.key("diagnostics").begin_array();
  for (const auto& d : ds) {
    w.begin_object();
    w.field("file", d.loc.path());
    w.field("line", static_cast<int64_t>(d.loc.line))
        .field("column", static_cast<int64_t>(d.loc.col));
    w.field("severity", util::severity_name(d.severity));
    w.field("code", d.code).field("message", d.message);
    w.end_object();
  }
  w.end_array().end_object();
  return w.take() + "\n";
}

std::string diagnostics_sarif(const std::vector<util::Diagnostic>& ds) {
  std::set<std::string> codes;
  for (const auto& d : ds) codes.insert(d.code);
  util::JsonWriter w;
  w.begin_object();
  w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  w.field("version", "2.1.0");
  w.key("runs").begin_array().begin_object();
  w.key("tool").begin_object().key("driver").begin_object();
  w.field("name", "ungap").field("version", util::kVersion);
  w.field("informationUri", "https://github.com/ungap/ungap");
  w.key("rules").begin_array();
  for (const auto& code : codes) w.begin_object().field("id", code).end_object();
  w.end_array().end_object().end_object();
  sarif_base_ids(w);
  w.key("results").begin_array();
  for (const auto& d : ds) {
    w.begin_object();
    w.field("ruleId", d.code);
    w.field("ruleIndex", static_cast<int64_t>(std::distance(codes.begin(), codes.find(d.code))));
    w.field("level", d.severity == util::Severity::kError ? "error" : "warning");
    w.key("message").begin_object().field("text", d.message).end_object();
    w.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
    sarif_artifact(w, d.loc.path());
    if (d.loc.line > 0) {
      w.key("region").begin_object();
      w.field("startLine", static_cast<int64_t>(d.loc.line));
      w.field("startColumn", static_cast<int64_t>(std::max<uint32_t>(d.loc.col, 1)));
      w.end_object();
    }
    w.end_object().end_object().end_array();
    w.end_object();
  }
  w.end_array().end_object().end_array().end_object();
  return w.take() + "\n";
}

std::string diagnostics_github(const std::vector<util::Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) {
    out += fmt::format("::{} file={}", util::severity_name(d.severity),
                       github_escape(d.loc.path(), true));
    if (d.loc.line > 0) out += fmt::format(",line={},col={}", d.loc.line, d.loc.col);
    out += fmt::format(",title={}::{}\n", github_escape("ungap " + d.code, true),
                       github_escape(d.message, false));
  }
  return out;
}

}  // namespace ungap::report
