#include "report/diff.h"

#include <algorithm>
#include <map>
#include <set>

namespace ungap::report {

namespace {

// Reports written before inputs had a kind: guess from the folder, as the bundled layout does.
std::string kind_of(const InputRecord& in) {
  if (!in.kind.empty()) return in.kind;
  if (in.path.ends_with(".test.yaml")) return "tests";
  for (std::string k : {"framework", "rules", "statements"})
    if (in.path.find(k) != std::string::npos) return k;
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

// Flags a reader acts on: gaining one is worse, losing one better (`derived` says only how).
const std::set<std::string> kAdverseFlags{"contested", "overdue", "late"};

std::set<std::string> adverse(const Verdict& v) {
  std::set<std::string> out;
  for (const auto& f : v.flags)
    if (kAdverseFlags.count(f)) out.insert(f);
  return out;
}

bool includes(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::includes(a.begin(), a.end(), b.begin(), b.end());
}

bool same_verdict(const Verdict& a, const Verdict& b) {
  return a.status == b.status && a.score == b.score && a.flags == b.flags;
}

std::vector<CompanyChange> missing_from(const ReportRecord& a, const ReportRecord& b) {
  std::map<std::string, std::size_t> verdicts;
  for (const auto& v : a.verdicts) ++verdicts[v.company];
  std::vector<CompanyChange> out;
  for (const auto& c : a.companies)
    if (std::find(b.companies.begin(), b.companies.end(), c) == b.companies.end())
      out.push_back({c, verdicts[c]});
  return out;
}

std::set<std::string> names(const std::vector<CompanyChange>& companies) {
  std::set<std::string> out;
  for (const auto& c : companies) out.insert(c.company);
  return out;
}

// The changes of the verdicts both reports could have: companies in only one are one line each.
std::vector<VerdictChange> verdict_changes(const ReportRecord& a, const ReportRecord& b,
                                           const std::set<std::string>& one_sided) {
  std::map<std::string, const Verdict*> old_by_key;
  for (const auto& v : a.verdicts) old_by_key[v.company + "|" + v.obligation] = &v;
  std::vector<VerdictChange> out;
  std::set<std::string> seen;
  for (const auto& v : b.verdicts) {
    if (one_sided.count(v.company)) continue;
    std::string key = v.company + "|" + v.obligation;
    seen.insert(key);
    auto it = old_by_key.find(key);
    if (it == old_by_key.end())
      out.push_back({v.company, v.obligation, "added", ChangeGroup::kOther, std::nullopt, v, {}});
    else if (!same_verdict(*it->second, v) || it->second->evidence != v.evidence)
      out.push_back(
          {v.company, v.obligation, "changed", classify(*it->second, v), *it->second, v, {}});
  }
  for (const auto& v : a.verdicts)
    if (!one_sided.count(v.company) && !seen.count(v.company + "|" + v.obligation))
      out.push_back({v.company, v.obligation, "removed", ChangeGroup::kOther, v, std::nullopt, {}});
  return out;
}

// The obligations under each parent whose verdicts changed ("company|parent"); when none did,
// those whose evidence changed.
std::map<std::string, std::vector<std::string>> changed_parts(
    const std::vector<VerdictChange>& changes) {
  std::map<std::string, std::vector<std::string>> verdicts, evidence;
  for (const auto& c : changes) {
    const auto& v = c.after ? *c.after : *c.before;
    if (v.parent.empty()) continue;
    auto& to = c.group == ChangeGroup::kNewEvidence ? evidence : verdicts;
    to[c.company + "|" + v.parent].push_back(c.obligation);
  }
  verdicts.merge(evidence);  // keeps a parent's changed verdicts when it has both
  return verdicts;
}

// When one report does not list what carried verdicts rest on, neither side's is compared.
ReportRecord without_derived_evidence(const ReportRecord& r) {
  ReportRecord out = r;
  out.derived_evidence = false;
  for (auto& v : out.verdicts)
    if (!v.derived.empty()) v.evidence.clear();
  return out;
}

}  // namespace

std::string_view group_name(ChangeGroup g) {
  static constexpr std::string_view kNames[] = {"worse", "better", "new-evidence", "other"};
  return kNames[static_cast<int>(g)];
}

std::size_t ReportDiff::count(ChangeGroup g) const {
  return static_cast<std::size_t>(std::count_if(
      verdicts.begin(), verdicts.end(), [g](const VerdictChange& c) { return c.group == g; }));
}

bool ReportDiff::changed() const {
  return !verdicts.empty() || !companies_added.empty() || !companies_removed.empty();
}

ChangeGroup classify(const std::optional<Verdict>& before, const std::optional<Verdict>& after) {
  if (!before || !after) return ChangeGroup::kOther;
  // Status and score tell one story (docs/evaluation.md §4): the score orders verdicts.
  if (before->score && after->score && *before->score != *after->score)
    return *after->score < *before->score ? ChangeGroup::kWorse : ChangeGroup::kBetter;
  if (before->status != after->status || before->score != after->score)
    return ChangeGroup::kOther;  // to or from not-applicable or not-assessed
  auto was = adverse(*before), now = adverse(*after);
  if (was != now && includes(now, was)) return ChangeGroup::kWorse;
  if (was != now && includes(was, now)) return ChangeGroup::kBetter;
  if (was != now || before->flags != after->flags) return ChangeGroup::kOther;
  return ChangeGroup::kNewEvidence;
}

ReportDiff diff_reports(const ReportRecord& a, const ReportRecord& b) {
  if (a.derived_evidence != b.derived_evidence)
    return diff_reports(without_derived_evidence(a), without_derived_evidence(b));
  ReportDiff d{a.as_of,
               b.as_of,
               a.version,
               b.version,
               a.schema_version,
               b.schema_version,
               input_changes(a, b),
               {},
               {},
               {}};
  d.companies_added = missing_from(b, a);
  d.companies_removed = missing_from(a, b);
  auto one_sided = names(d.companies_added);
  one_sided.merge(names(d.companies_removed));
  auto changes = verdict_changes(a, b, one_sided);
  auto parts = changed_parts(changes);
  CauseFinder finder(a, b);
  for (auto& c : changes) {
    auto it = parts.find(c.company + "|" + c.obligation);
    c.causes = finder.causes(c.before, c.after,
                             it == parts.end() ? std::vector<std::string>{} : it->second);
  }
  std::stable_sort(
      changes.begin(), changes.end(),
      [](const VerdictChange& x, const VerdictChange& y) { return x.group < y.group; });
  d.verdicts = std::move(changes);
  return d;
}

}  // namespace ungap::report
