#include "report/explain.h"

#include <fmt/format.h>

#include <optional>

#include "engine/impact_eval.h"
#include "engine/nearest_claims.h"
#include "engine/rule_eval.h"
#include "report/report_data.h"

namespace ungap::report {

namespace {

std::string claim_block(const model::Company& c, int index, const char* indent) {
  const auto& cl = c.claims[static_cast<std::size_t>(index)];
  std::string out = fmt::format("{}- claim {} ({}, {} by {}) at {}\n", indent, cl.id, cl.date.str(),
                                model::to_string(cl.kind), model::to_string(cl.by), cl.loc.str());
  if (!cl.quote.empty()) out += fmt::format("{}    \u201C{}\u201D\n", indent, cl.quote);
  if (!cl.summary.empty()) out += fmt::format("{}    {}\n", indent, cl.summary);
  if (cl.source_index >= 0) {
    const auto& s = c.sources[static_cast<std::size_t>(cl.source_index)];
    out += fmt::format("{}    source: {} \u2014 {}{}{}, {}{}\n", indent, s.id,
                       s.title.empty() ? "(untitled)" : s.title,
                       s.publisher.empty() ? "" : ", " + s.publisher,
                       s.date ? ", " + s.date->str() : "", model::to_string(s.quality),
                       s.url.empty() ? "" : " " + s.url);
    if (auto dating = model::dating_text(s); !dating.empty())
      out += fmt::format("{}    {}\n", indent, dating);
  }
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

std::string elements_block(const model::Company& c, const std::vector<model::Element>& elements,
                           const model::ElementResult& er, const char* tag) {
  const auto& el = elements[static_cast<std::size_t>(er.element)];
  std::string out = fmt::format("  [{}] {}: {} ({} matching claim{}, {} needed)\n", tag, el.id,
                                el.text.empty() ? el.match.text : el.text, er.claims.size(),
                                er.claims.size() == 1 ? "" : "s", er.min);
  for (int claim : er.claims) out += claim_block(c, claim, "      ");
  return out;
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

// What the contest did: lowered the rule (with the arithmetic) or only flagged it.
std::string contest_text(const model::Rule& r, const model::Obligation& o,
                         const model::RuleResult& rr, long met) {
  if (rr.contested.empty()) return "";
  if (engine::on_contest(r, o) != model::OnContest::kLower)
    return fmt::format("  contested, not lowered: {}\n", contest_reason(r, o));
  double total = 0, got = 0, against = 0;
  for (const auto& er : rr.elements) {
    total += er.weight;
    got += er.met ? er.weight : 0;
  }
  for (const auto& er : rr.contested) against += er.weight;
  double before = met >= rr.required ? 100 : total > 0 ? 100 * got / total : 0;
  return fmt::format("  contested and lowered ({}): {}{} x {} / ({} + {}) = {}\n",
                     contest_reason(r, o), met >= rr.required ? "met by its elements, so " : "",
                     rounded_score(before), total, total, against, rounded_score(rr.score));
}

// A missing element's `match`, and the claims nearest to meeting it with what they fail.
std::string nearest_block(const model::Element& el, const engine::CompiledElement& compiled,
                          const engine::CompanyView& view) {
  const model::Company& c = view.company();
  std::string match;
  for (char ch : el.match.text) {
    bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
    if (!(space && (match.empty() || match.back() == ' '))) match += space ? ' ' : ch;
  }
  while (!match.empty() && match.back() == ' ') match.pop_back();
  std::string out = fmt::format("      match: {}\n", match);
  auto near = engine::nearest_claims(view, compiled.program);
  if (near.empty())
    return out +
           (engine::conjuncts(compiled.program).size() > 1
                ? "      nearest claims: none; no visible claim meets half of its conditions\n"
                : "      nearest claims: none; no visible claim meets this condition\n");
  for (const auto& n : near) {
    const auto& cl = c.claims[static_cast<std::size_t>(n.claim)];
    out += fmt::format("      nearest: claim {} ({}, {} by {}) at {}: {} of {} conditions hold\n",
                       cl.id, cl.date.str(), model::to_string(cl.kind), model::to_string(cl.by),
                       cl.loc.str(), n.held, n.total);
    for (const auto& f : n.failed) out += fmt::format("        fails: {}\n", f);
  }
  return out;
}

// Status, elements and flags of one rule result (the company's, or one impact's). `cw` and
// `view`, when given, let a missing element show the claims nearest to meeting it.
std::string result_block(const model::Rule& r, const model::Company& c, const model::Obligation& o,
                         const model::RuleResult& rr, util::Date as_of,
                         const engine::CompiledWorkspace* cw, const engine::CompanyView* view) {
  if (!rr.applicable)
    return fmt::format("  not applicable: `when` is false: {}\n", r.when ? r.when->text : "");
  long met =
      std::count_if(rr.elements.begin(), rr.elements.end(), [](const auto& e) { return e.met; });
  std::string out =
      fmt::format("  {}, score {}: {} of {} met, needs {}\n", model::to_string(rr.status),
                  rounded_score(rr.score), met, rr.elements.size(), pass_text(r, rr));
  for (const auto& er : rr.elements) {
    out += elements_block(c, r.elements, er, er.met ? "met" : "missing");
    if (!er.met && cw && view)
      out += nearest_block(r.elements[static_cast<std::size_t>(er.element)],
                           cw->rule(rr.rule).elements[static_cast<std::size_t>(er.element)], *view);
  }
  for (const auto& er : rr.contested) out += elements_block(c, r.contested_by, er, "contested by");
  out += contest_text(r, o, rr, met);
  if (rr.status == model::Status::kGap && !r.contested_by.empty())
    out += "  not contested: a gap rests on no evidence to dispute\n";
  if (rr.flags.has(model::Flag::kOverdue))
    out += fmt::format("  overdue: due {} had passed by {} and the rule is not met\n",
                       rr.due->str(), as_of.str());
  if (rr.flags.has(model::Flag::kLate))
    out += fmt::format("  late: met only by evidence dated after the due date {}\n", rr.due->str());
  return out;
}

// A rule with `per: impact`: the verdict of each impact, the worst deciding. (No nearest claims
// here: they are sought without the impact a match may name.)
std::string per_impact_block(const model::Rule& r, const model::Company& c,
                             const model::Obligation& o, const model::RuleResult& rr,
                             util::Date as_of) {
  if (rr.impacts.empty())
    return "  not applicable: evaluated per impact, and no impact of the company is known by "
           "this date\n";
  std::string out;
  if (rr.applicable)
    out += fmt::format("  {}, score {}: the worst of its {} impact{} ({})\n",
                       model::to_string(rr.status), rounded_score(rr.score), rr.impacts.size(),
                       rr.impacts.size() == 1 ? "" : "s",
                       c.impacts[static_cast<std::size_t>(rr.impact)].id);
  for (const auto& ir : rr.impacts) {
    const auto& im = c.impacts[static_cast<std::size_t>(ir.impact)];
    std::string involvement = engine::involvement_label(ir.modes);
    out += fmt::format("\n  Impact {} at {}\n    {}\n    severity: {}; involvement: {}\n", im.id,
                       im.loc.str(), im.title, im.severity.given ? im.severity_text() : "not given",
                       involvement.empty() ? "not given" : involvement);
    out += result_block(r, c, o, ir, as_of, nullptr, nullptr);
  }
  return out;
}

std::string rule_block(const model::Workspace& ws, const model::Company& c,
                       const model::Obligation& o, const model::RuleResult& rr, util::Date as_of,
                       const engine::CompiledWorkspace* cw, const engine::CompanyView* view) {
  const auto& r = ws.rules[static_cast<std::size_t>(rr.rule)];
  std::string out = fmt::format("\nRule {} at {}\n  {}\n", r.id, r.loc.str(), r.title);
  if (r.per == model::RulePer::kImpact) return out + per_impact_block(r, c, o, rr, as_of);
  return out + result_block(r, c, o, rr, as_of, cw, view);
}

std::string verdict_text(model::Status status, double score) {
  return fmt::format("{} {}", model::to_string(status), rounded_score(score));
}

// Each source of a carried verdict: its own verdict, what it counts for over the relation, and
// the claims it rests on, so the carried score can be recomputed by hand.
std::string derived_block(const model::Workspace& ws, const model::Company& c,
                          const model::CompanyResult& cr, const model::Finding& f) {
  std::string out = fmt::format(
      "\nCarried over mappings: the mean of what each source counts for (equal and superset "
      "carry a verdict whole; subset and intersect halve its score)\n");
  for (const auto& d : f.derived) {
    out += fmt::format(
        "  from {} ({}, mapping '{}'): {}, counts as {}\n", d.from, model::to_string(d.relation),
        ws.mappings[static_cast<std::size_t>(d.mapping)].id, verdict_text(d.status, d.score),
        verdict_text(d.carried_status, d.carried_score));
    const auto& source = source_of(ws, cr, d);
    if (source.flags.has(model::Flag::kContested)) out += "    the source is contested\n";
    auto claims = resting_claims(ws, c, cr, source);
    if (claims.empty()) out += "    it rests on no evidence\n";
    for (int claim : claims) out += claim_block(c, claim, "    ");
  }
  return out;
}

}  // namespace

std::string explain_text(const model::Workspace& ws, const model::Company& company,
                         const model::CompanyResult& result, const model::Finding& f,
                         util::Date as_of, const engine::CompiledWorkspace* cw) {
  const auto& o = obligation_of(ws, f);
  std::string out = fmt::format("{} \u2014 {} as of {}\n", company.id, o.full_id, as_of.str());
  out += fmt::format("{} (weight {}) at {}\n", o.title, model::to_string(f.severity), o.loc.str());
  if (!o.text.empty()) out += fmt::format("  {}\n", o.text);
  out += fmt::format("\nStatus: {}", model::to_string(f.status));
  if (!score_text(f).empty()) out += fmt::format(", score {}", score_text(f));
  if (!f.flags.empty()) out += fmt::format(", flags: {}", flags_text(f.flags));
  out += "\n";
  if (!f.reason.empty()) out += fmt::format("  because {}\n", f.reason);
  if (o.applies_when && f.status == model::Status::kNotApplicable)
    out += fmt::format("  applies_when: {}\n", o.applies_when->text);
  if (!f.derived.empty()) out += derived_block(ws, company, result, f);
  if (!o.leaf()) {
    out += "\nParts:\n";
    for (int c : o.children) {
      const auto& cf = finding_at(ws, result, f.framework, c);
      const auto& co = obligation_of(ws, cf);
      out += fmt::format("  {:<14} {:>5}  {}  {}\n", model::to_string(cf.status), score_text(cf),
                         co.full_id, co.title);
    }
  }
  std::optional<engine::CompanyView> view;
  if (cw && !f.rules.empty()) view.emplace(company, as_of);
  for (const auto& rr : f.rules)
    out += rule_block(ws, company, o, rr, as_of, cw, view ? &*view : nullptr);
  return out;
}

}  // namespace ungap::report
