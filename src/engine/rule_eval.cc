#include "engine/rule_eval.h"

#include <fmt/format.h>

#include "engine/combine.h"
#include "expr/rule_env.h"

namespace ungap::engine {

model::OnContest on_contest(const model::Rule& r, const model::Obligation& o) {
  if (r.on_contest) return *r.on_contest;
  if (o.on_contest) return *o.on_contest;
  return r.severity.value_or(o.effective_severity()) == model::Severity::kCritical
             ? model::OnContest::kLower
             : model::OnContest::kFlag;
}

RuleEvaluator::RuleEvaluator(const CompiledWorkspace& cw, const CompanyView& view,
                             util::Diagnostics& diags)
    : m_cw(cw), m_view(view), m_diags(diags), m_activation(expr::impact_match_env()) {
  m_activation.set(expr::RuleSlot::kCompany, view.company_value());
  m_activation.set(expr::RuleSlot::kAsOf, view.as_of_value());
}

bool RuleEvaluator::applies(const expr::Program& when, const util::LocatedText& text,
                            const model::Rule& r) {
  auto result = m_cw.budget().evaluate(when, m_activation, text.loc, m_diags, [&] {
    return fmt::format("the `when` of rule '{}'", r.id);
  });
  if (!result) return false;
  const expr::Value& v = *result;
  if (v.is_bool()) return v.as_bool();
  m_diags.warning(
      text.loc,
      fmt::format("`when` of rule '{}' could not be evaluated for company '{}': {} "
                  "(the rule is treated as not applicable)",
                  r.id, m_view.company().id, v.is_error() ? v.error_message() : "not a bool"),
      "eval-error");
  return false;
}

model::ElementResult RuleEvaluator::match(const model::Rule& r, const model::Element& e,
                                          const CompiledElement& ce, int index) {
  model::ElementResult er;
  er.element = index;
  er.min = e.min;
  er.weight = e.weight;
  const auto& claims = m_view.company().claims;
  for (int claim : m_view.candidates(ce.plan, m_scratch)) {
    if (!ce.plan.holds(claims[static_cast<std::size_t>(claim)])) continue;
    if (ce.plan.decisive()) {
      er.claims.push_back(claim);
      continue;
    }
    m_activation.set(expr::RuleSlot::kClaim, m_view.claim_value(claim));
    auto result = m_cw.budget().evaluate(ce.program, m_activation, e.match.loc, m_diags, [&] {
      return fmt::format("the match of element '{}' in rule '{}'", e.id, r.id);
    });
    if (!result) break;
    const expr::Value& v = *result;
    if (v.is_bool()) {
      if (v.as_bool()) er.claims.push_back(claim);
      continue;
    }
    // CEL errors (a missing key, say) count as no match, and the author hears of it.
    m_diags.warning(e.match.loc,
                    fmt::format("match of element '{}' in rule '{}' could not be evaluated: {} "
                                "(counted as no match)",
                                e.id, r.id, v.is_error() ? v.error_message() : "not a bool"),
                    "eval-error");
  }
  er.met = static_cast<int>(er.claims.size()) >= e.min;
  return er;
}

bool RuleEvaluator::met_by(const model::ElementResult& er, util::Date due) const {
  int n = 0;
  for (int c : er.claims)
    if (m_view.company().claims[static_cast<std::size_t>(c)].date <= due) ++n;
  return n >= er.min;
}

// A contest counts only against evidence: on a gap there is nothing to dispute, so the matches
// are dropped. Otherwise the rule is flagged, and where it lowers, each matching contesting
// element counts as one more element missing: score x W / (W + C), with W the weight of the
// rule's elements and C that of the contesting elements that matched; met becomes partial.
void RuleEvaluator::contest(const model::Rule& r, const model::Obligation& o,
                            model::RuleResult& res, double total) const {
  if (res.contested.empty()) return;
  if (res.status == model::Status::kGap) {
    res.contested.clear();
    return;
  }
  res.flags.add(model::Flag::kContested);
  if (on_contest(r, o) != model::OnContest::kLower) return;
  double against = 0;
  for (const auto& er : res.contested) against += er.weight;
  res.status = model::Status::kPartial;
  double raw = total + against > 0 ? res.score * total / (total + against) : res.score;
  res.score = settled_score(res.status, raw);
}

model::RuleResult RuleEvaluator::evaluate(int rule, const model::Obligation& o) {
  if (m_cw.ws().rules[static_cast<std::size_t>(rule)].per == model::RulePer::kImpact)
    return evaluate_per_impact(rule, o);
  return evaluate_once(rule, o);
}

model::RuleResult RuleEvaluator::evaluate_per_impact(int rule, const model::Obligation& o) {
  if (!m_impacts_built) {
    m_impacts = impact_views(m_view);
    m_impacts_built = true;
  }
  std::vector<model::RuleResult> per_impact;
  for (const auto& iv : m_impacts) {
    // `when` sees the impact in the claim's slot (it has no claim); `match` in its own.
    m_activation.set(expr::RuleSlot::kImpactInWhen, iv.value);
    m_activation.set(expr::RuleSlot::kImpact, iv.value);
    per_impact.push_back(evaluate_once(rule, o));
    per_impact.back().impact = iv.index;
    for (auto m : iv.modes)
      per_impact.back().modes |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(m));
  }
  return worst_over_impacts(rule, std::move(per_impact));
}

model::RuleResult RuleEvaluator::evaluate_once(int rule, const model::Obligation& o) {
  const model::Rule& r = m_cw.ws().rules[static_cast<std::size_t>(rule)];
  const CompiledRule& cr = m_cw.rule(rule);
  model::RuleResult res;
  res.rule = rule;
  if (cr.when && !applies(*cr.when, *r.when, r)) {
    res.applicable = false;
    res.status = model::Status::kNotApplicable;
    return res;
  }
  double total = 0, got = 0;
  int met = 0;
  for (std::size_t i = 0; i < r.elements.size(); ++i) {
    auto er = match(r, r.elements[i], cr.elements[i], static_cast<int>(i));
    total += er.weight;
    if (er.met) {
      got += er.weight;
      ++met;
    }
    res.elements.push_back(std::move(er));
  }
  for (std::size_t i = 0; i < r.contested_by.size(); ++i) {
    auto er = match(r, r.contested_by[i], cr.contested[i], static_cast<int>(i));
    if (er.met) res.contested.push_back(std::move(er));
  }
  res.required = r.pass.required(r.elements.size());
  res.status = met >= res.required ? model::Status::kMet
               : met > 0           ? model::Status::kPartial
                                   : model::Status::kGap;
  // The status decides the score's end points (a rule met with `pass: any` scores 100); between
  // them the score is the weighted share of elements met.
  res.score = settled_score(res.status, total > 0 ? 100.0 * got / total : 0);
  bool met_before_contest = res.status == model::Status::kMet;
  contest(r, o, res, total);
  res.due = r.due ? r.due : o.due;
  if (res.due) {
    // Deadlines look at the elements: a contest does not make a rule overdue.
    if (!met_before_contest && *res.due < m_view.as_of()) res.flags.add(model::Flag::kOverdue);
    int met_by_due = 0;
    for (const auto& er : res.elements) met_by_due += met_by(er, *res.due) ? 1 : 0;
    if (met_before_contest && met_by_due < res.required) res.flags.add(model::Flag::kLate);
  }
  return res;
}

}  // namespace ungap::engine
