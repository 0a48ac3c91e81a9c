#pragma once
// `ungap diff OLD.json NEW.json`: which verdicts changed between two JSON reports, grouped into
// worse, better and same-verdict-new-evidence (docs/outputs.md), each with the causes the two
// reports establish: claims that became visible, were superseded, added or removed, deadlines
// that passed, rules or obligations that changed (diff_causes.h).
#include <optional>
#include <string>
#include <vector>

#include "report/diff_causes.h"
#include "report/verdicts.h"

namespace ungap::report {

struct InputChange {
  std::string path, kind;
  std::string change;  // "changed", "added", "removed"
};

// The groups, in the order reports list them.
enum class ChangeGroup { kWorse, kBetter, kNewEvidence, kOther };
std::string_view group_name(ChangeGroup g);  // "worse", "better", "new-evidence", "other"

struct VerdictChange {
  std::string company, obligation;
  std::string change;  // "changed", "added", "removed"
  ChangeGroup group = ChangeGroup::kOther;
  std::optional<Verdict> before, after;
  std::vector<Cause> causes;  // empty: no cause found in the reports
};

struct CompanyChange {
  std::string company;
  std::size_t verdicts = 0;  // how many verdicts it has in the report that has it
};

struct ReportDiff {
  std::string old_as_of, new_as_of, old_version, new_version;
  int old_schema = kReportSchemaVersion, new_schema = kReportSchemaVersion;
  std::vector<InputChange> inputs;
  std::vector<VerdictChange> verdicts;  // by group, then in the new report's order
  std::vector<CompanyChange> companies_added, companies_removed;

  std::size_t count(ChangeGroup g) const;
  // Whether anything changed: a verdict, or a company added or removed (`--fail-on-change`).
  bool changed() const;
};

// Worse, better, same verdict with new evidence, or other (docs/outputs.md defines each).
ChangeGroup classify(const std::optional<Verdict>& before, const std::optional<Verdict>& after);

ReportDiff diff_reports(const ReportRecord& before, const ReportRecord& after);
std::string diff_text(const ReportDiff& d);
std::string diff_markdown(const ReportDiff& d);
std::string diff_json(const ReportDiff& d);

}  // namespace ungap::report
