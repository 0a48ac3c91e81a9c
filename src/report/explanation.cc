#include "report/explanation.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/impact_eval.h"
#include "engine/nearest_claims.h"
#include "engine/rule_eval.h"
#include "report/report_data.h"

namespace ungap::report {

namespace {

ExplainClaimRef claim_ref(const model::Claim& cl) {
  return {cl.id, cl.date.str(), std::string(model::to_string(cl.kind)),
          std::string(model::to_string(cl.by)), cl.loc.str()};
}

ExplainClaim claim_of(const model::Company& c, int index) {
  const auto& cl = c.claims[static_cast<std::size_t>(index)];
  ExplainClaim out{claim_ref(cl), cl.quote, cl.summary, cl.extras->note, std::nullopt};
  if (cl.source_index >= 0) {
    const auto& s = c.sources[static_cast<std::size_t>(cl.source_index)];
    out.source = ExplainSource{s.id,
                               s.title,
                               s.publisher,
                               s.date ? s.date->str() : "",
                               std::string(model::to_string(s.quality)),
                               s.url,
                               model::dating_text(s),
                               s.note};
  }
  return out;
}

std::vector<ExplainClaim> claims_of(const model::Company& c, const std::vector<int>& indices) {
  std::vector<ExplainClaim> out;
  for (int i : indices) out.push_back(claim_of(c, i));
  return out;
}

std::string pass_text(const model::Rule& r, const model::RuleResult& rr) {
  switch (r.pass.kind) {
    case model::PassCondition::Kind::kAll:
      return fmt::format("all {} elements", rr.required);
    case model::PassCondition::Kind::kAny:
      return "any one element";
    case model::PassCondition::Kind::kCount:
      return fmt::format("{} elements", rr.required);
  }
  return "";
}

ExplainElement element_of(const model::Company& c, const std::vector<model::Element>& elements,
                          const model::ElementResult& er, const char* role) {
  const auto& el = elements[static_cast<std::size_t>(er.element)];
  return {role, el.id, el.text.empty() ? el.match.text : el.text, er.min, claims_of(c, er.claims)};
}

// The match on one line: white space folded, as the reader compares it with the rule file.
std::string folded(const std::string& text) {
  std::string out;
  for (char ch : text) {
    bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
    if (!(space && (out.empty() || out.back() == ' '))) out += space ? ' ' : ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void add_nearest(ExplainElement& e, const model::Element& el,
                 const engine::CompiledElement& compiled, const engine::CompanyView& view) {
  e.searched = true;
  e.match = folded(el.match.text);
  e.several_conditions = engine::conjuncts(compiled.program).size() > 1;
  for (const auto& n : engine::nearest_claims(view, compiled.program))
    e.nearest.push_back({claim_ref(view.company().claims[static_cast<std::size_t>(n.claim)]),
                         n.held, n.total, n.failed});
}

std::string contest_reason(const model::Rule& r, const model::Obligation& o) {
  if (r.on_contest)
    return fmt::format("the rule sets on_contest: {}", model::to_string(*r.on_contest));
  if (o.on_contest)
    return fmt::format("the obligation sets on_contest: {}", model::to_string(*o.on_contest));
  return engine::on_contest(r, o) == model::OnContest::kLower
             ? "a critical verdict is lowered by default"
             : "below critical weight a contest only flags by default";
}

ExplainContest contest_of(const model::Rule& r, const model::Obligation& o,
                          const model::RuleResult& rr, long met) {
  ExplainContest out;
  out.reason = contest_reason(r, o);
  out.lowered = engine::on_contest(r, o) == model::OnContest::kLower;
  if (!out.lowered) return out;
  double got = 0;
  for (const auto& er : rr.elements) {
    out.total += er.weight;
    got += er.met ? er.weight : 0;
  }
  for (const auto& er : rr.contested) out.against += er.weight;
  out.met_by_elements = met >= rr.required;
  out.before = rounded_score(out.met_by_elements ? 100 : out.total > 0 ? 100 * got / out.total : 0);
  out.score = rounded_score(rr.score);
  return out;
}

struct RuleContext {
  const model::Company& c;
  const model::Rule& r;
  const model::Obligation& o;
  const engine::CompiledWorkspace* cw;
  const engine::CompanyView* view;
};

ExplainResult result_of(const RuleContext& x, const model::RuleResult& rr) {
  ExplainResult out;
  if (!rr.applicable) {
    out.applicable = false;
    out.when = x.r.when ? x.r.when->text : "";
    return out;
  }
  out.status = model::to_string(rr.status);
  out.score = rounded_score(rr.score);
  out.met = std::count_if(rr.elements.begin(), rr.elements.end(), [](auto& e) { return e.met; });
  out.elements_count = rr.elements.size();
  out.needs = pass_text(x.r, rr);
  for (const auto& er : rr.elements) {
    out.elements.push_back(element_of(x.c, x.r.elements, er, er.met ? "met" : "missing"));
    if (!er.met && x.cw && x.view)
      add_nearest(out.elements.back(), x.r.elements[static_cast<std::size_t>(er.element)],
                  x.cw->rule(rr.rule).elements[static_cast<std::size_t>(er.element)], *x.view);
  }
  for (const auto& er : rr.contested)
    out.contested.push_back(element_of(x.c, x.r.contested_by, er, "contested-by"));
  if (!rr.contested.empty()) out.contest = contest_of(x.r, x.o, rr, out.met);
  out.uncontested_gap = rr.status == model::Status::kGap && !x.r.contested_by.empty();
  if (rr.flags.has(model::Flag::kOverdue)) out.overdue_due = rr.due->str();
  if (rr.flags.has(model::Flag::kLate)) out.late_due = rr.due->str();
  return out;
}

// The notes of the involvement modes seen by the result's date (engine::noted_involvement).
std::vector<ExplainInvolvement> involved(const model::Impact& im, std::uint8_t modes) {
  std::vector<ExplainInvolvement> out;
  for (const auto* inv : engine::noted_involvement(im, modes))
    out.push_back({std::string(model::to_string(inv->mode)), inv->note});
  return out;
}

// A rule with `per: impact`: the verdict of each impact, the worst deciding. (No nearest claims
// here: they are sought without the impact a match may name.)
void add_impacts(ExplainRule& out, const RuleContext& x, const model::RuleResult& rr) {
  out.result.applicable = rr.applicable && !rr.impacts.empty();
  out.result.status = model::to_string(rr.status);
  out.result.score = rounded_score(rr.score);
  if (rr.applicable && !rr.impacts.empty())
    out.decided_by = x.c.impacts[static_cast<std::size_t>(rr.impact)].id;
  RuleContext plain{x.c, x.r, x.o, nullptr, nullptr};
  for (const auto& ir : rr.impacts) {
    const auto& im = x.c.impacts[static_cast<std::size_t>(ir.impact)];
    out.impacts.push_back({im.id, im.loc.str(), im.title,
                           im.severity.given ? im.severity_text() : "",
                           engine::involvement_label(ir.modes), result_of(plain, ir), im.note,
                           involved(im, ir.modes)});
  }
}

ExplainRule rule_of(const model::Workspace& ws, const model::Company& c, const model::Obligation& o,
                    const model::RuleResult& rr, const engine::CompiledWorkspace* cw,
                    const engine::CompanyView* view) {
  const auto& r = ws.rules[static_cast<std::size_t>(rr.rule)];
  ExplainRule out{r.id, r.loc.str(), r.title, r.note, r.per == model::RulePer::kImpact};
  RuleContext x{c, r, o, cw, view};
  if (out.per_impact)
    add_impacts(out, x, rr);
  else
    out.result = result_of(x, rr);
  return out;
}

std::vector<ExplainDerived> derived_of(const model::Workspace& ws, const model::Company& c,
                                       const model::CompanyResult& cr, const model::Finding& f) {
  std::vector<ExplainDerived> out;
  for (const auto& d : f.derived) {
    const auto& source = source_of(ws, cr, d);
    out.push_back({d.from, std::string(model::to_string(d.relation)),
                   ws.mappings[static_cast<std::size_t>(d.mapping)].id,
                   std::string(model::to_string(d.status)),
                   std::string(model::to_string(d.carried_status)), rounded_score(d.score),
                   rounded_score(d.carried_score), source.flags.has(model::Flag::kContested),
                   claims_of(c, resting_claims(ws, c, cr, source))});
  }
  return out;
}

}  // namespace

Explanation explanation(const model::Workspace& ws, const model::Company& company,
                        const model::CompanyResult& result, const model::Finding& f,
                        util::Date as_of, const engine::CompiledWorkspace* cw) {
  const auto& o = obligation_of(ws, f);
  Explanation out;
  out.company = company.id;
  out.obligation = o.full_id;
  out.as_of = as_of.str();
  out.title = o.title;
  out.weight = model::to_string(f.severity);
  out.location = o.loc.str();
  out.text = o.text;
  out.note = o.note;
  out.status = model::to_string(f.status);
  out.score = score_text(f);
  for (auto fl : f.flags.list()) out.flags.emplace_back(model::to_string(fl));
  out.reason = f.reason;
  if (o.applies_when && f.status == model::Status::kNotApplicable)
    out.applies_when = o.applies_when->text;
  out.derived = derived_of(ws, company, result, f);
  out.parent = !o.leaf();
  for (int c : o.children) {
    const auto& cf = finding_at(ws, result, f.framework, c);
    const auto& co = obligation_of(ws, cf);
    out.parts.push_back(
        {std::string(model::to_string(cf.status)), score_text(cf), co.full_id, co.title});
  }
  std::optional<engine::CompanyView> view;
  if (cw && !f.rules.empty()) view.emplace(company, as_of);
  for (const auto& rr : f.rules)
    out.rules.push_back(rule_of(ws, company, o, rr, cw, view ? &*view : nullptr));
  return out;
}

}  // namespace ungap::report
