#include "report/verdicts.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "report/stream.h"
#include "util/file_io.h"
#include "util/sha256.h"

namespace ungap::report {

namespace {

std::vector<std::string> flag_names(const model::FlagSet& flags) {
  std::vector<std::string> out;
  for (auto f : flags.list()) out.emplace_back(model::to_string(f));
  return out;
}

std::vector<std::string> strings(const JsonValue& array) {
  std::vector<std::string> out;
  for (const auto& v : array.items()) out.push_back(v.str());
  return out;
}

Verdict verdict_from_json(const std::string& company, const JsonValue& f) {
  Verdict v{company, f["id"].str(), f["status"].str(), f["score"].number(), strings(f["flags"]),
            {}};
  for (const auto& r : f["rules"].items())
    if (r["applicable"].boolean())
      v.rules.push_back(
          {r["id"].str(), r["location"].str(), r["status"].str(), strings(r["flags"])});
  return v;
}

bool has(const std::vector<std::string>& items, const std::string& s) {
  return std::find(items.begin(), items.end(), s) != items.end();
}

}  // namespace

std::string path_of(const std::string& location) {
  // "path:line:col": the path may itself hold colons, the last two fields are numbers.
  std::string out = location;
  for (int i = 0; i < 2; ++i) {
    auto colon = out.rfind(':');
    if (colon == std::string::npos ||
        out.find_first_not_of("0123456789", colon + 1) != std::string::npos ||
        colon + 1 == out.size())
      break;
    out.resize(colon);
  }
  return out;
}

std::vector<Verdict> company_verdicts(const model::Workspace& ws,
                                      const std::vector<int>& frameworks,
                                      const model::CompanyResult& cr) {
  std::vector<Verdict> out;
  const auto& c = ws.companies[static_cast<std::size_t>(cr.company)];
  for (const auto& f : cr.findings) {
    if (!selected(ws, frameworks, f)) continue;
    std::string score = score_text(f);
    Verdict v{c.id,
              obligation_of(ws, f).full_id,
              std::string(model::to_string(f.status)),
              score.empty() ? std::nullopt : std::optional<double>(rounded_score(f.score)),
              flag_names(f.flags),
              {}};
    for (const auto& rr : f.rules)
      if (rr.applicable)
        v.rules.push_back({ws.rules[static_cast<std::size_t>(rr.rule)].id,
                           ws.rules[static_cast<std::size_t>(rr.rule)].loc.str(),
                           std::string(model::to_string(rr.status)), flag_names(rr.flags)});
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<Verdict> run_verdicts(const Run& run) {
  std::vector<Verdict> out;
  for (const auto& cr : run.results.companies)
    for (auto& v : company_verdicts(run.ws, run.frameworks, cr)) out.push_back(std::move(v));
  return out;
}

std::optional<ReportRecord> read_report(const JsonValue& json, std::string& error) {
  double version = json.is_object() ? json["schema_version"].number().value_or(0) : 0;
  if (!json.is_object() || (version != 1.0 && version != kReportSchemaVersion) ||
      !json["companies"].is_array()) {
    error = fmt::format("not an ungap JSON report (schema_version 1 or {})", kReportSchemaVersion);
    return std::nullopt;
  }
  ReportRecord r;
  r.as_of = json["as_of"].str();
  r.version = json["tool"]["version"].str();
  for (const auto& in : json["inputs"].items())
    r.inputs.push_back({in["path"].str(), in["sha256"].str(), in["kind"].str()});
  for (const auto& c : json["companies"].items()) {
    r.companies.push_back(c["id"].str());
    for (const auto& [id, claim] : c["claims"].members())
      r.company_files[c["id"].str()].insert(path_of(claim["location"].str()));
    // Non-assessable leaves are in the JSON but in no gap table: skip them alike. A finding
    // is listed when assessable or when it is some finding's parent.
    std::set<std::string> parents;
    for (const auto& f : c["findings"].items()) parents.insert(f["parent"].str());
    for (const auto& f : c["findings"].items())
      if (f["assessable"].boolean() || parents.count(f["id"].str()))
        r.verdicts.push_back(verdict_from_json(c["id"].str(), f));
  }
  return r;
}

std::optional<ReportRecord> load_report(const std::string& path, std::string& error) {
  // Reports of the bundled workspace are about 250 kB; 256 MB leaves room for big runs.
  auto read = util::read_file(path, std::uintmax_t{256} << 20);
  if (!read.content) {
    error = read.error;
    return std::nullopt;
  }
  auto parsed = parse_json(*read.content);
  if (!parsed.value) {
    error = "not JSON: " + parsed.error;
    return std::nullopt;
  }
  return read_report(*parsed.value, error);
}

bool fails_on(const std::string& level, const std::string& status,
              const std::vector<std::string>& flags) {
  if (level == "gap") return status == "gap";
  if (level == "partial") return status == "gap" || status == "partial";
  if (level == "contested" || level == "overdue") return has(flags, level);
  return false;
}

std::string fingerprint(const std::string& company, const std::string& obligation,
                        const std::string& rule) {
  return util::sha256_hex(company + "|" + obligation + "|" + rule);
}

std::map<std::string, std::string> failing_fingerprints(const Verdict& v,
                                                        const std::string& level) {
  std::map<std::string, std::string> out;
  if (!fails_on(level, v.status, v.flags)) return out;
  for (const auto& r : v.rules)
    if (fails_on(level, r.status, r.flags))
      out.emplace(fingerprint(v.company, v.obligation, r.id),
                  v.company + "|" + v.obligation + "|" + r.id);
  if (out.empty())
    out.emplace(fingerprint(v.company, v.obligation, ""), v.company + "|" + v.obligation + "|");
  return out;
}

}  // namespace ungap::report
