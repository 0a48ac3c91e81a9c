#pragma once
// `ungap diff OLD.json NEW.json`: which verdicts changed between two JSON reports, and for each
// whether the framework, the rules or the company's statements changed between the runs (from
// the input hashes the reports carry), or only the date or the tool.
#include <optional>
#include <string>
#include <vector>

#include "report/verdicts.h"

namespace ungap::report {

struct InputChange {
  std::string path, kind;
  std::string change;  // "changed", "added", "removed"
};

struct VerdictChange {
  std::string company, obligation;
  std::string change;  // "changed", "added", "removed"
  std::optional<Verdict> before, after;
  std::vector<std::string> causes;  // framework, rules, statements, as_of, tool; "" unknown
};

struct ReportDiff {
  std::string old_as_of, new_as_of, old_version, new_version;
  std::vector<InputChange> inputs;
  std::vector<VerdictChange> verdicts;
  std::vector<std::string> companies_added, companies_removed;
};

ReportDiff diff_reports(const ReportRecord& before, const ReportRecord& after);
std::string diff_text(const ReportDiff& d);
std::string diff_markdown(const ReportDiff& d);
std::string diff_json(const ReportDiff& d);

}  // namespace ungap::report
