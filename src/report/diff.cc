#include "report/diff.h"

#include <algorithm>
#include <map>

namespace ungap::report {

namespace {

// What a kind of input tells about a verdict's cause.
const std::map<std::string, std::string> kCauseOfKind{
    {"framework", "framework"},   {"mapping", "framework"},
    {"rules", "rules"},           {"tests", ""},  // rule tests do not change verdicts
    {"statements", "statements"}, {"snapshot", "statements"},
    {"config", "config"},         {"other", "other"}};

// Reports written before inputs had a kind: guess from the folder, as the bundled layout does.
std::string kind_of(const InputRecord& in) {
  if (!in.kind.empty()) return in.kind;
  if (in.path.ends_with(".test.yaml")) return "tests";
  for (std::string k : {"framework", "rules", "statements"})
    if (in.path.find(k) != std::string::npos) return k == "framework" ? "framework" : k;
  return "other";
}

std::vector<InputChange> input_changes(const ReportRecord& a, const ReportRecord& b) {
  std::map<std::string, std::pair<const InputRecord*, const InputRecord*>> all;
  for (const auto& in : a.inputs) all[in.path].first = &in;
  for (const auto& in : b.inputs) all[in.path].second = &in;
  std::vector<InputChange> out;
  for (const auto& [path, pair] : all) {
    auto [before, after] = pair;
    if (before && after && before->sha256 == after->sha256) continue;
    std::string change = !before ? "added" : !after ? "removed" : "changed";
    out.push_back({path, kind_of(after ? *after : *before), change});
  }
  return out;
}

bool same(const Verdict& a, const Verdict& b) {
  return a.status == b.status && a.score == b.score && a.flags == b.flags;
}

// Causes of one verdict's change: rules and statements when a file behind this verdict
// changed (its rules' files, the company's claim files), framework when any framework or
// mapping file changed, then the date and the tool.
std::vector<std::string> causes(const VerdictChange& c, const ReportDiff& d, const ReportRecord& a,
                                const ReportRecord& b) {
  std::set<std::string> rule_files, company_files;
  for (const auto* v : {&c.before, &c.after})
    if (*v)
      for (const auto& r : (*v)->rules) rule_files.insert(path_of(r.location));
  for (const auto* rec : {&a, &b})
    if (auto it = rec->company_files.find(c.company); it != rec->company_files.end())
      company_files.insert(it->second.begin(), it->second.end());
  std::set<std::string> out;
  for (const auto& in : d.inputs) {
    std::string cause = kCauseOfKind.count(in.kind) ? kCauseOfKind.at(in.kind) : "other";
    if (cause == "rules" && !rule_files.empty() && !rule_files.count(in.path)) continue;
    if (cause == "statements" && in.kind == "statements" && !company_files.empty() &&
        !company_files.count(in.path))
      continue;
    if (!cause.empty()) out.insert(cause);
  }
  std::vector<std::string> list(out.begin(), out.end());
  if (d.old_as_of != d.new_as_of) list.push_back("as_of");
  if (d.old_version != d.new_version) list.push_back("tool");
  return list;
}

std::vector<std::string> missing_from(const std::vector<std::string>& a,
                                      const std::vector<std::string>& b) {
  std::vector<std::string> out;
  for (const auto& s : a)
    if (std::find(b.begin(), b.end(), s) == b.end()) out.push_back(s);
  return out;
}

}  // namespace

ReportDiff diff_reports(const ReportRecord& a, const ReportRecord& b) {
  ReportDiff d{a.as_of, b.as_of, a.version, b.version, input_changes(a, b), {}, {}, {}};
  d.companies_added = missing_from(b.companies, a.companies);
  d.companies_removed = missing_from(a.companies, b.companies);
  std::map<std::string, const Verdict*> old_by_key;
  for (const auto& v : a.verdicts) old_by_key[v.company + "|" + v.obligation] = &v;
  std::set<std::string> seen;
  for (const auto& v : b.verdicts) {
    std::string key = v.company + "|" + v.obligation;
    seen.insert(key);
    auto it = old_by_key.find(key);
    if (it == old_by_key.end())
      d.verdicts.push_back({v.company, v.obligation, "added", std::nullopt, v, {}});
    else if (!same(*it->second, v))
      d.verdicts.push_back({v.company, v.obligation, "changed", *it->second, v, {}});
  }
  for (const auto& v : a.verdicts)
    if (!seen.count(v.company + "|" + v.obligation))
      d.verdicts.push_back({v.company, v.obligation, "removed", v, std::nullopt, {}});
  for (auto& c : d.verdicts) c.causes = causes(c, d, a, b);
  return d;
}

}  // namespace ungap::report
