#include "report/pivot.h"

#include <algorithm>
#include <map>

#include "engine/impact_eval.h"
#include "report/impact_verdicts.h"
#include "report/stream.h"

namespace ungap::report {

namespace {

struct GroupByName {
  GroupBy by;
  std::string_view name;
};
constexpr GroupByName kGroupBys[] = {{GroupBy::kImpact, "impact"},
                                     {GroupBy::kRightsHolder, "rights-holder"},
                                     {GroupBy::kRight, "right"}};

// The groups an impact is filed under; "(none given)" when it names no term.
std::vector<std::string> keys(const model::Company& c, const model::Impact& im, GroupBy by) {
  if (by == GroupBy::kImpact) return {c.id + "/" + im.id};
  const auto& terms = by == GroupBy::kRight ? im.rights : im.rights_holders;
  if (terms.empty()) return {"(none given)"};
  return terms;
}

PivotRow row(const Run& run, const model::Company& c, const model::Finding& f,
             const ImpactVerdict& v) {
  const auto& im = c.impacts[static_cast<std::size_t>(v.impact)];
  const auto& o = obligation_of(run.ws, f);
  return {c.id,
          im.id,
          im.title,
          im.severity_text(),
          im.severity.rank(),
          engine::involvement_label(v.modes),
          o.full_id,
          o.title,
          v.status,
          v.score,
          flags_text(v.flags)};
}

bool unmet(model::Status s) {
  return s == model::Status::kGap || s == model::Status::kPartial;
}

}  // namespace

std::optional<GroupBy> parse_group_by(std::string_view text) {
  for (const auto& g : kGroupBys)
    if (g.name == text) return g.by;
  return std::nullopt;
}

std::vector<std::string> group_by_names() {
  std::vector<std::string> out;
  for (const auto& g : kGroupBys) out.emplace_back(g.name);
  return out;
}

std::string_view group_by_name(GroupBy by) {
  for (const auto& g : kGroupBys)
    if (g.by == by) return g.name;
  return "";
}

std::vector<PivotGroup> pivot(const Run& run, GroupBy by) {
  std::map<std::string, PivotGroup> groups;
  for (const auto& cr : run.results.companies) {
    const auto& c = run.ws.companies[static_cast<std::size_t>(cr.company)];
    for (const auto& f : cr.findings) {
      if (!selected(run.ws, run.frameworks, f)) continue;
      for (const auto& v : impact_verdicts(f)) {
        PivotRow r = row(run, c, f, v);
        for (const auto& key : keys(c, c.impacts[static_cast<std::size_t>(v.impact)], by)) {
          PivotGroup& g = groups[key];
          g.key = key;
          g.counts.add(r.status);
          if (unmet(r.status)) g.rank = std::max(g.rank, r.rank);
          g.rows.push_back(r);
        }
      }
    }
  }
  std::vector<PivotGroup> out;
  for (auto& [key, g] : groups) {
    std::stable_sort(g.rows.begin(), g.rows.end(), [](const PivotRow& a, const PivotRow& b) {
      if (a.rank != b.rank) return a.rank > b.rank;
      return a.status < b.status;
    });
    out.push_back(std::move(g));
  }
  std::stable_sort(out.begin(), out.end(), [](const PivotGroup& a, const PivotGroup& b) {
    if (a.rank != b.rank) return a.rank > b.rank;
    return a.counts.gap > b.counts.gap;
  });
  return out;
}

}  // namespace ungap::report
