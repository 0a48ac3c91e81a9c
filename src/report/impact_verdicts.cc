#include "report/impact_verdicts.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/report_data.h"

namespace ungap::report {

std::vector<ImpactVerdict> impact_verdicts(const model::Finding& f) {
  std::vector<ImpactVerdict> out;
  for (const auto& rr : f.rules)
    for (const auto& ir : rr.impacts) {
      if (!ir.applicable) continue;
      auto it = std::find_if(out.begin(), out.end(),
                             [&](const ImpactVerdict& v) { return v.impact == ir.impact; });
      if (it == out.end()) {
        out.push_back({ir.impact, ir.status, ir.score, ir.flags, ir.modes});
        continue;
      }
      it->flags.merge(ir.flags);
      if (ir.score < it->score || (ir.score == it->score && ir.status < it->status)) {
        it->status = ir.status;
        it->score = ir.score;
      }
    }
  return out;
}

std::string impacts_text(const model::Company& c, const model::Finding& f) {
  std::string out;
  for (const auto& v : impact_verdicts(f))
    out += fmt::format("{}{}: {} {}", out.empty() ? "" : "; ",
                       c.impacts[static_cast<std::size_t>(v.impact)].id, model::to_string(v.status),
                       rounded_score(v.score));
  return out;
}

int salience(const model::Company& c, const model::Finding& f) {
  int best = 0;
  for (const auto& v : impact_verdicts(f))
    if (v.status == model::Status::kGap || v.status == model::Status::kPartial)
      best = std::max(best, c.impacts[static_cast<std::size_t>(v.impact)].severity.rank());
  return best;
}

void sort_by_salience(const model::Company& c, std::vector<const model::Finding*>& findings) {
  std::vector<std::pair<int, const model::Finding*>> keyed;
  keyed.reserve(findings.size());
  for (const auto* f : findings) keyed.emplace_back(salience(c, *f), f);
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second->status < b.second->status;
  });
  for (std::size_t i = 0; i < keyed.size(); ++i) findings[i] = keyed[i].second;
}

}  // namespace ungap::report
