#include "report/writers.h"

#include <fmt/format.h>

namespace ungap::report {

const std::vector<Format>& report_formats() {
  static const std::vector<Format> k{
      {"table", write_table, false, table_stream, true},
      {"md", write_markdown, false, markdown_stream},
      {"csv", write_csv, false, csv_stream},
      {"json", write_json, false, json_stream},
      {"html", write_html, false, html_stream},
      {"xlsx", write_xlsx, true, xlsx_stream},
      {"sarif", write_sarif, false, sarif_stream, true},
      {"junit", write_junit, false, junit_stream, true},
  };
  return k;
}

const Format* find_format(std::string_view name) {
  for (const auto& f : report_formats())
    if (f.name == name) return &f;
  return nullptr;
}

std::vector<std::string> report_format_names() {
  std::vector<std::string> out;
  for (const auto& f : report_formats()) out.emplace_back(f.name);
  return out;
}

std::string summary_line(const Run& run) {
  SummaryCounter counter;
  for (const auto& cr : run.results.companies) counter.add(run.ws, run.frameworks, cr);
  return counter.line(run.results.as_of, run.frameworks.size());
}

}  // namespace ungap::report
