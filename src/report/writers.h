#pragma once
// One writer per report format behind one signature; the table of formats is the single place
// a new format is added.
#include <string>
#include <string_view>
#include <vector>

#include "report/fail_on.h"
#include "report/report_data.h"
#include "report/stream.h"

namespace ungap::report {

struct WriteOptions {
  bool color = false;               // terminal table only
  FailOn fail_on = FailOn::kNever;  // `--fail-on` level: which JUnit cases fail (see junit.cc)
};

using Writer = std::string (*)(const Run&, const WriteOptions&);

struct Format {
  std::string_view name;
  Writer write;
  bool binary = false;             // not for a terminal
  StreamFactory stream = nullptr;  // set when the format can be written company by company
  // Streamed, but its text comes out only once every company is done (its head depends on all
  // of them: table, SARIF, JUnit), so a progress line on the same terminal cannot tear it.
  bool writes_at_end = false;
};

const std::vector<Format>& report_formats();
const Format* find_format(std::string_view name);
std::vector<std::string> report_format_names();

std::string write_markdown(const Run& run, const WriteOptions& o);
std::string write_csv(const Run& run, const WriteOptions& o);
std::string write_json(const Run& run, const WriteOptions& o);
std::string write_table(const Run& run, const WriteOptions& o);
std::string write_html(const Run& run, const WriteOptions& o);
std::string write_xlsx(const Run& run, const WriteOptions& o);
std::string write_sarif(const Run& run, const WriteOptions& o);
std::string write_junit(const Run& run, const WriteOptions& o);

// The one-line summary printed after a check: totals over every listed finding.
std::string summary_line(const Run& run);

}  // namespace ungap::report
