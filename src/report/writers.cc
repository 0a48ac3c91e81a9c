#include "report/writers.h"

#include <fmt/format.h>

namespace ungap::report {

const std::vector<Format>& report_formats() {
  static const std::vector<Format> k{
      {"table", write_table},
      {"md", write_markdown},
      {"csv", write_csv},
      {"json", write_json},
      {"html", write_html},
      {"xlsx", write_xlsx, true},
      {"sarif", write_sarif},
      {"junit", write_junit},
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
  StatusCounts counts;
  int contested = 0, overdue = 0;
  for (const auto& cr : run.results.companies)
    for (const auto& f : cr.findings) {
      if (std::find(run.frameworks.begin(), run.frameworks.end(), f.framework) ==
              run.frameworks.end() ||
          !listed(run.ws, f))
        continue;
      counts.add(f.status);
      contested += f.flags.has(model::Flag::kContested);
      overdue += f.flags.has(model::Flag::kOverdue);
    }
  auto n = [](std::size_t k, const char* one, const char* many) {
    return fmt::format("{} {}", k, k == 1 ? one : many);
  };
  return fmt::format("{}, {}, as of {}: {}; {} contested, {} overdue",
                     n(run.results.companies.size(), "company", "companies"),
                     n(run.frameworks.size(), "framework", "frameworks"),
                     run.results.as_of.str(), counts.str(), contested, overdue);
}

}  // namespace ungap::report
