#pragma once
// A report's verdicts in one flat shape, whether they come from this run or from a JSON report
// written earlier: what `check --baseline`, `--fail-on`, SARIF, JUnit and `ungap diff` compare.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "report/fail_on.h"
#include "report/report_data.h"

namespace ungap::report {

class JsonValue;

// The JSON report's schema_version. 2: status and score agree (met exactly at 100, gap exactly
// at 0), contested only on verdicts with evidence, and derived_from entries carry the sources'
// verdicts and evidence. Reports of version 1 are still read (same fields).
inline constexpr int kReportSchemaVersion = 2;

struct RuleVerdict {
  std::string id;
  std::string location;  // "file:line:col" of the rule
  std::string status;    // the rule's own status
  std::vector<std::string> flags;
  std::string due;  // the rule's due date (else its obligation's), "" when none
};

// A verdict carried over a mapping: the source obligation and what its verdict was.
struct DerivedRecord {
  std::string obligation, mapping, relation, status;
  std::optional<double> score;
};

struct Verdict {
  std::string company;
  std::string obligation;  // full id
  std::string status;
  std::optional<double> score;  // none when not applicable / not assessed
  std::vector<std::string> flags;
  std::vector<RuleVerdict> rules;  // applicable rules only
  std::string parent;              // the parent obligation's full id, "" for a top obligation
  std::string title, weight;       // the obligation's
  std::vector<DerivedRecord> derived;
  // Every claim the verdict reads: its rules' element and contest evidence and that of the
  // verdicts it was carried from; sorted, each once.
  std::vector<std::string> evidence;
};

// A cited claim as a report describes it: enough to name it as a cause.
struct ClaimRecord {
  std::string date, location, source_id, source, url;  // source: its title
  std::vector<std::string> supersedes;
};

struct InputRecord {
  std::string path;
  std::string sha256;
  std::string kind;  // "" when the report predates kinds
};

// Per company, its claims by id.
using ClaimsByCompany = std::map<std::string, std::map<std::string, ClaimRecord>>;

struct ReportRecord {
  std::string as_of;
  std::string version;  // the tool's
  // Per company, the files its cited claims come from (to tell whose statements changed).
  std::map<std::string, std::set<std::string>> company_files;
  std::vector<InputRecord> inputs;
  std::vector<std::string> companies;
  std::vector<Verdict> verdicts;  // listed findings, in report order
  // Per company, the claims it cites and its visible claims nobody reads, by id.
  ClaimsByCompany claims;
  // Whether verdicts carried over mappings list the claims their sources rest on (reports of
  // schema_version 1 do not).
  bool derived_evidence = true;
  int schema_version = kReportSchemaVersion;
  // Per rule id, the digest of its definition ("" when the report predates digests).
  std::map<std::string, std::string> rule_digests;
  // Per obligation (full id), the digest of its definition and its location (none in reports
  // that predate them).
  std::map<std::string, std::pair<std::string, std::string>> obligation_digests;
};

// The listed findings of the run's selected frameworks.
std::vector<Verdict> run_verdicts(const Run& run);
// The same for one company's results.
std::vector<Verdict> company_verdicts(const model::Workspace& ws,
                                      const std::vector<int>& frameworks,
                                      const model::CompanyResult& cr);
// The same with each verdict's evidence, and the claims they cite into `claims` (what
// `check --baseline` needs to name causes).
std::vector<Verdict> company_verdicts(const model::Workspace& ws,
                                      const std::vector<int>& frameworks,
                                      const model::CompanyResult& cr,
                                      std::map<std::string, ClaimRecord>& claims);
// A JSON report (schema_version 1 or 2); nullopt with `error` set when it is not one.
std::optional<ReportRecord> read_report(const JsonValue& json, std::string& error);
// Reads and parses a JSON report file of at most kMaxReportBytes; nullopt with `error` set.
std::optional<ReportRecord> load_report(const std::string& path, std::string& error);
// The largest report `diff` and `check --baseline` read: simdjson's own limit, 4 GiB - 1 bytes
// (about 8,000 companies of the benchmark workspace; docs/security.md).
extern const std::uintmax_t kMaxReportBytes;

// The file of a "file:line:col" location.
std::string path_of(const std::string& location);
// The stable identities of what fails in a verdict at `level`: sha256 of
// "company|obligation|rule" per failing rule, or of "company|obligation|" when the verdict
// fails without a rule of its own (derived over a mapping, or a parent). Key: fingerprint,
// value: the readable "company|obligation|rule".
std::map<std::string, std::string> failing_fingerprints(const Verdict& v, FailOn level);
std::string fingerprint(const std::string& company, const std::string& obligation,
                        const std::string& rule);

}  // namespace ungap::report
