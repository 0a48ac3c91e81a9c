#include "report/explain.h"

#include <fmt/format.h>

#include "report/report_data.h"

namespace ungap::report {

namespace {

std::string claim_block(const model::Company& c, int index, const char* indent) {
  const auto& cl = c.claims[static_cast<std::size_t>(index)];
  std::string out = fmt::format("{}- claim {} ({}, {} by {}) at {}\n", indent, cl.id,
                                cl.date.str(), model::to_string(cl.kind), model::to_string(cl.by),
                                cl.loc.str());
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
    case model::PassCondition::Kind::kAll: return fmt::format("all {} elements", rr.required);
    case model::PassCondition::Kind::kAny: return "any one element";
    case model::PassCondition::Kind::kCount: return fmt::format("{} elements", rr.required);
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

std::string rule_block(const model::Workspace& ws, const model::Company& c,
                       const model::RuleResult& rr, util::Date as_of) {
  const auto& r = ws.rules[static_cast<std::size_t>(rr.rule)];
  std::string out = fmt::format("\nRule {} at {}\n  {}\n", r.id, r.loc.str(), r.title);
  if (!rr.applicable) {
    return out + fmt::format("  not applicable: `when` is false: {}\n",
                             r.when ? r.when->text : "");
  }
  out += fmt::format("  {}, score {}: {} of {} met, needs {}\n", model::to_string(rr.status),
                     rounded_score(rr.score),
                     std::count_if(rr.elements.begin(), rr.elements.end(),
                                   [](const auto& e) { return e.met; }),
                     rr.elements.size(), pass_text(r, rr));
  for (const auto& er : rr.elements)
    out += elements_block(c, r.elements, er, er.met ? "met" : "missing");
  for (const auto& er : rr.contested) out += elements_block(c, r.contested_by, er, "contested by");
  if (rr.flags.has(model::Flag::kOverdue))
    out += fmt::format("  overdue: due {} had passed by {} and the rule is not met\n",
                       rr.due->str(), as_of.str());
  if (rr.flags.has(model::Flag::kLate))
    out += fmt::format("  late: met only by evidence dated after the due date {}\n",
                       rr.due->str());
  return out;
}

}  // namespace

std::string explain_text(const model::Workspace& ws, const model::Company& company,
                         const model::CompanyResult& result, const model::Finding& f,
                         util::Date as_of) {
  const auto& o = obligation_of(ws, f);
  std::string out = fmt::format("{} \u2014 {} as of {}\n", company.id, o.full_id, as_of.str());
  out += fmt::format("{} (severity {}) at {}\n", o.title, model::to_string(f.severity),
                     o.loc.str());
  if (!o.text.empty()) out += fmt::format("  {}\n", o.text);
  out += fmt::format("\nStatus: {}", model::to_string(f.status));
  if (!score_text(f).empty()) out += fmt::format(", score {}", score_text(f));
  if (!f.flags.empty()) out += fmt::format(", flags: {}", flags_text(f.flags));
  out += "\n";
  if (!f.reason.empty()) out += fmt::format("  because {}\n", f.reason);
  if (o.applies_when && f.status == model::Status::kNotApplicable)
    out += fmt::format("  applies_when: {}\n", o.applies_when->text);
  for (const auto& d : f.derived)
    out += fmt::format("  derived: carried from {} ({}, mapping '{}'){}\n", d.from,
                       model::to_string(d.relation),
                       ws.mappings[static_cast<std::size_t>(d.mapping)].id,
                       d.relation == model::Relation::kSubset ||
                               d.relation == model::Relation::kIntersect
                           ? "; met becomes partial over this relation"
                           : "");
  if (!o.leaf()) {
    out += "\nParts:\n";
    for (int c : o.children) {
      const auto& cf = result.findings[static_cast<std::size_t>(&f - result.findings.data() + (c - f.obligation))];
      const auto& co = obligation_of(ws, cf);
      out += fmt::format("  {:<14} {:>5}  {}  {}\n", model::to_string(cf.status), score_text(cf),
                         co.full_id, co.title);
    }
  }
  for (const auto& rr : f.rules) out += rule_block(ws, company, rr, as_of);
  return out;
}

}  // namespace ungap::report
