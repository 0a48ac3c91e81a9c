#include "report/baseline.h"

#include <set>

namespace ungap::report {

namespace {

std::map<std::string, std::string> failing(const std::vector<Verdict>& verdicts,
                                           const std::string& level) {
  std::map<std::string, std::string> out;
  for (const auto& v : verdicts) out.merge(failing_fingerprints(v, level));
  return out;
}

}  // namespace

BaselineComparison compare_with_baseline(const std::vector<Verdict>& now,
                                         const ReportRecord& baseline, const std::string& level) {
  // Only verdicts this run has can be fixed: a run narrowed by --company or --framework does not
  // "fix" what it did not look at.
  std::set<std::string> seen;
  for (const auto& v : now) seen.insert(v.company + "|" + v.obligation);
  std::vector<Verdict> comparable;
  for (const auto& v : baseline.verdicts)
    if (seen.count(v.company + "|" + v.obligation)) comparable.push_back(v);
  auto current = failing(now, level);
  auto before = failing(comparable, level);
  BaselineComparison out;
  for (auto& [fp, name] : current) (before.count(fp) ? out.known : out.fresh).emplace(fp, name);
  for (auto& [fp, name] : before)
    if (!current.count(fp)) out.fixed.emplace(fp, name);
  return out;
}

}  // namespace ungap::report
