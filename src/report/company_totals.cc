#include "report/company_totals.h"

#include <fmt/format.h>

namespace ungap::report {

void CompanyTotals::add(model::Status status, double score, model::FlagSet flags, bool root) {
  m_counts.add(status);
  m_contested += flags.has(model::Flag::kContested);
  m_overdue += flags.has(model::Flag::kOverdue);
  if (!root) return;
  ++m_roots;
  m_roots_not_applicable += status == model::Status::kNotApplicable;
  m_combine.add({status, score});
}

engine::Verdict CompanyTotals::verdict() const {
  if (m_combine.count() > 0 || m_roots == 0) return m_combine.result();
  return {m_roots == m_roots_not_applicable ? model::Status::kNotApplicable
                                            : model::Status::kNotAssessed,
          0};
}

std::string CompanyTotals::verdict_text() const {
  auto v = verdict();
  if (!engine::is_assessed(v.status)) return std::string(model::to_string(v.status));
  return fmt::format("{} {}", model::to_string(v.status), rounded_score(v.score));
}

bool top_level(const model::Workspace& ws, const model::Finding& f) {
  return obligation_of(ws, f).parent == model::kNoParent;
}

CompanyTotals company_totals(const model::Workspace& ws, const model::CompanyResult& cr, int fw) {
  CompanyTotals out;
  for (const auto& f : cr.findings)
    if (f.framework == fw && listed(ws, f)) out.add(f.status, f.score, f.flags, top_level(ws, f));
  return out;
}

}  // namespace ungap::report
