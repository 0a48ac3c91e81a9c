#pragma once
// A report's verdicts in one flat shape, whether they come from this run or from a JSON report
// written earlier: what `check --baseline`, `--fail-on`, SARIF, JUnit and `ungap diff` compare.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "report/json_value.h"
#include "report/report_data.h"

namespace ungap::report {

// The JSON report's schema_version. 2: status and score agree (met exactly at 100, gap exactly
// at 0), contested only on verdicts with evidence, and derived_from entries carry the sources'
// verdicts and evidence. Reports of version 1 are still read (same fields).
inline constexpr int kReportSchemaVersion = 2;

struct RuleVerdict {
  std::string id;
  std::string location;  // "file:line:col" of the rule
  std::string status;    // the rule's own status
  std::vector<std::string> flags;
};

struct Verdict {
  std::string company;
  std::string obligation;  // full id
  std::string status;
  std::optional<double> score;  // none when not applicable / not assessed
  std::vector<std::string> flags;
  std::vector<RuleVerdict> rules;  // applicable rules only
};

struct InputRecord {
  std::string path;
  std::string sha256;
  std::string kind;  // "" when the report predates kinds
};

struct ReportRecord {
  std::string as_of;
  std::string version;  // the tool's
  // Per company, the files its cited claims come from (to tell whose statements changed).
  std::map<std::string, std::set<std::string>> company_files;
  std::vector<InputRecord> inputs;
  std::vector<std::string> companies;
  std::vector<Verdict> verdicts;  // listed findings, in report order
};

// The listed findings of the run's selected frameworks.
std::vector<Verdict> run_verdicts(const Run& run);
// The same for one company's results.
std::vector<Verdict> company_verdicts(const model::Workspace& ws,
                                      const std::vector<int>& frameworks,
                                      const model::CompanyResult& cr);
// A JSON report (schema_version 1 or 2); nullopt with `error` set when it is not one.
std::optional<ReportRecord> read_report(const JsonValue& json, std::string& error);
// Reads and parses a JSON report file; nullopt with `error` set.
std::optional<ReportRecord> load_report(const std::string& path, std::string& error);

// The file of a "file:line:col" location.
std::string path_of(const std::string& location);
// Whether a verdict (or one rule of it) is one `--fail-on LEVEL` fails on.
bool fails_on(const std::string& level, const std::string& status,
              const std::vector<std::string>& flags);
// The stable identities of what fails in a verdict at `level`: sha256 of
// "company|obligation|rule" per failing rule, or of "company|obligation|" when the verdict
// fails without a rule of its own (derived over a mapping, or a parent). Key: fingerprint,
// value: the readable "company|obligation|rule".
std::map<std::string, std::string> failing_fingerprints(const Verdict& v, const std::string& level);
std::string fingerprint(const std::string& company, const std::string& obligation,
                        const std::string& rule);

}  // namespace ungap::report
