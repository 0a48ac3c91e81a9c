#include "engine/company_eval.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "expr/rule_env.h"

namespace ungap::engine {

using model::Status;

Verdict carry(model::Relation relation, Verdict source) {
  bool whole = relation == model::Relation::kEqual || relation == model::Relation::kSuperset;
  if (whole || !is_assessed(source.status)) return source;
  Status s = source.status == Status::kMet ? Status::kPartial : source.status;
  return {s, settled_score(s, source.score / 2)};
}

CompanyEvaluator::CompanyEvaluator(const CompiledWorkspace& cw, const CompanyView& view,
                                   util::Diagnostics& diags)
    : m_cw(cw),
      m_view(view),
      m_diags(diags),
      m_rules(cw, view, diags),
      m_activation(expr::when_env()) {
  m_activation.set(expr::RuleSlot::kCompany, view.company_value());
  m_activation.set(expr::RuleSlot::kAsOf, view.as_of_value());
}

namespace {

// The reason given to an obligation whose applicability cannot be decided; such an obligation
// stays not-assessed: no mapping carries a status into it and its parent keeps the reason.
constexpr std::string_view kUnknownApplicability = "applicability unknown: ";

bool applicability_unknown(const model::Finding& f) {
  return f.reason.starts_with(kUnknownApplicability);
}

}  // namespace

std::optional<bool> CompanyEvaluator::applies_when(int fw, int ob, std::string& why) {
  const auto& program = m_cw.applies_when(fw, ob);
  if (!program) return true;
  const auto& o =
      m_cw.ws().frameworks[static_cast<std::size_t>(fw)].obligations[static_cast<std::size_t>(ob)];
  auto result = m_cw.budget().evaluate(*program, m_activation, o.applies_when->loc, m_diags, [&] {
    return fmt::format("the applies_when of '{}'", o.full_id);
  });
  if (!result) return false;  // the run's budget is spent: it stops, no report is written
  const expr::Value& v = *result;
  if (v.is_bool()) return v.as_bool();
  if (v.is_error()) {
    why = v.error_message();
    return std::nullopt;
  }
  m_diags.warning(o.applies_when->loc,
                  fmt::format("applies_when of '{}' is not a bool for company '{}' (treated as "
                              "not applicable)",
                              o.full_id, m_view.company().id),
                  "eval-error");
  return false;
}

void CompanyEvaluator::evaluate_leaf(int fw, int ob) {
  const auto& o =
      m_cw.ws().frameworks[static_cast<std::size_t>(fw)].obligations[static_cast<std::size_t>(ob)];
  model::Finding& f = at(fw, ob);
  const auto& rules = m_cw.rules_for(fw, ob);
  if (rules.empty()) {
    f.reason = "no rule checks this obligation";
    return;
  }
  bool any = false;
  Combine verdict(Combine::Mode::kAll);
  for (int r : rules) {
    model::RuleResult rr = m_rules.evaluate(r, o);
    if (rr.applicable) {
      // A rule's severity overrides the obligation's; of several rules the most severe wins
      // (critical sorts first).
      auto sev =
          m_cw.ws().rules[static_cast<std::size_t>(r)].severity.value_or(o.effective_severity());
      f.severity = any ? std::min(f.severity, sev) : sev;
      verdict.add({rr.status, rr.score});
      f.flags.merge(rr.flags);
      any = true;
    }
    f.rules.push_back(std::move(rr));
  }
  if (!any) {
    f.status = Status::kNotApplicable;
    f.reason = "no rule that checks it applies to this company";
    return;
  }
  Verdict v = verdict.result();
  f.status = v.status;
  f.score = v.score;
}

void CompanyEvaluator::aggregate_parents(int fw) {
  const auto& obs = m_cw.ws().frameworks[static_cast<std::size_t>(fw)].obligations;
  // Children follow their parent in document order, so a reverse pass sees children first.
  for (int ob = static_cast<int>(obs.size()) - 1; ob >= 0; --ob) {
    const auto& o = obs[static_cast<std::size_t>(ob)];
    model::Finding& f = at(fw, ob);
    if (o.leaf() || f.status == Status::kNotApplicable || applicability_unknown(f)) continue;
    int not_applicable = 0;
    Combine parts(Combine::Mode::kAll);
    model::FlagSet flags;
    for (int c : o.children) {
      const model::Finding& cf = at(fw, c);
      if (cf.status == Status::kNotApplicable) ++not_applicable;
      if (!is_assessed(cf.status)) continue;
      parts.add({cf.status, cf.score});
      flags.merge(cf.flags);
    }
    if (parts.count() == 0) {
      if (!f.derived.empty()) continue;  // keeps a status carried over a mapping
      bool all_na = not_applicable == static_cast<int>(o.children.size());
      f.status = all_na ? Status::kNotApplicable : Status::kNotAssessed;
      f.reason = all_na ? "none of its parts applies" : "none of its parts is assessed";
      continue;
    }
    Verdict v = parts.result();
    f.status = v.status;
    f.score = v.score;
    f.flags = flags;
    f.derived.clear();
    f.reason.clear();
  }
}

// Carries a status over the mappings into an obligation that has none of its own.
bool CompanyEvaluator::derive(int fw, int ob) {
  model::Finding& f = at(fw, ob);
  if (f.status != Status::kNotAssessed || !f.derived.empty() || applicability_unknown(f))
    return false;
  const auto& o =
      m_cw.ws().frameworks[static_cast<std::size_t>(fw)].obligations[static_cast<std::size_t>(ob)];
  if (!o.assessable && o.leaf()) return false;
  Combine sources(Combine::Mode::kAll);
  for (const auto& m : m_cw.mapped_from(fw, ob)) {
    const model::Finding& from = at(m.from.framework, m.from.obligation);
    if (!is_assessed(from.status)) continue;
    Verdict carried = carry(m.relation, {from.status, from.score});
    sources.add(carried);
    f.flags.merge(from.flags);
    const auto& fo = m_cw.ws()
                         .frameworks[static_cast<std::size_t>(m.from.framework)]
                         .obligations[static_cast<std::size_t>(m.from.obligation)];
    f.derived.push_back({fo.full_id, m.relation, m.mapping, m.from.framework, m.from.obligation,
                         from.status, from.score, carried.status, carried.score});
  }
  if (sources.count() == 0) return false;
  Verdict v = sources.result();
  f.status = v.status;
  f.score = v.score;
  f.flags.add(model::Flag::kDerived);
  f.reason.clear();
  return true;
}

std::vector<model::Finding> CompanyEvaluator::evaluate() {
  const auto& fws = m_cw.ws().frameworks;
  std::size_t total = 0;
  for (const auto& fw : fws) {
    m_offsets.push_back(total);
    total += fw.obligations.size();
  }
  m_findings.assign(total, {});
  for (std::size_t fw = 0; fw < fws.size(); ++fw) {
    const auto& obs = fws[fw].obligations;
    for (std::size_t ob = 0; ob < obs.size(); ++ob) {
      model::Finding& f = at(static_cast<int>(fw), static_cast<int>(ob));
      f.framework = static_cast<int>(fw);
      f.obligation = static_cast<int>(ob);
      f.severity = obs[ob].effective_severity();
      bool parent_applies =
          obs[ob].parent == model::kNoParent ||
          at(static_cast<int>(fw), obs[ob].parent).status != Status::kNotApplicable;
      std::string why;
      std::optional<bool> applies =
          parent_applies ? applies_when(static_cast<int>(fw), static_cast<int>(ob), why) : false;
      if (!applies) {
        f.status = Status::kNotAssessed;
        f.reason = std::string(kUnknownApplicability) + why;
        continue;
      }
      if (!*applies) {
        f.status = Status::kNotApplicable;
        f.reason = parent_applies ? "applies_when is false for this company"
                                  : "its parent does not apply to this company";
        continue;
      }
      if (!obs[ob].leaf()) continue;
      if (!obs[ob].assessable) {
        f.reason = "marked assessable: false";
        continue;
      }
      evaluate_leaf(static_cast<int>(fw), static_cast<int>(ob));
    }
  }
  for (std::size_t fw = 0; fw < fws.size(); ++fw) aggregate_parents(static_cast<int>(fw));
  // Mappings may chain (letter -> UNGP -> OECD); repeat until nothing changes. Each round fixes
  // at least one obligation, so the loop ends.
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t fw = 0; fw < fws.size(); ++fw)
      for (std::size_t ob = 0; ob < fws[fw].obligations.size(); ++ob)
        changed |= derive(static_cast<int>(fw), static_cast<int>(ob));
    if (changed)
      for (std::size_t fw = 0; fw < fws.size(); ++fw) aggregate_parents(static_cast<int>(fw));
  }
  return std::move(m_findings);
}

}  // namespace ungap::engine
