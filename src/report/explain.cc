// `ungap explain` as text: the terminal's rendering of an Explanation.
#include "report/explain.h"

#include <fmt/format.h>

#include "util/single_line.h"

namespace ungap::report {

namespace {

// Text from the inputs, on one line: a line break in a title, a quote or an expression must not
// print a line that looks like explain's own (util/single_line.h). Markdown and JSON keep the
// text as it is and escape it their own way.
std::string shown(std::string_view text) {
  return util::single_line(text);
}

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string claim_line(const ExplainClaimRef& cl) {
  return fmt::format("claim {} ({}, {} by {}) at {}", cl.id, cl.date, cl.kind, cl.by,
                     shown(cl.location));
}

std::string claim_block(const ExplainClaim& cl, const char* indent) {
  std::string out = fmt::format("{}- {}\n", indent, claim_line(cl));
  if (!cl.quote.empty()) out += fmt::format("{}    \u201C{}\u201D\n", indent, shown(cl.quote));
  if (!cl.summary.empty()) out += fmt::format("{}    {}\n", indent, shown(cl.summary));
  if (!cl.note.empty()) out += fmt::format("{}    note: {}\n", indent, shown(cl.note));
  if (const auto& s = cl.source) {
    out += fmt::format("{}    source: {} \u2014 {}{}{}, {}{}\n", indent, s->id,
                       s->title.empty() ? "(untitled)" : shown(s->title),
                       s->publisher.empty() ? "" : ", " + shown(s->publisher),
                       s->date.empty() ? "" : ", " + s->date, s->quality,
                       s->url.empty() ? "" : " " + shown(s->url));
    if (!s->dating.empty()) out += fmt::format("{}    {}\n", indent, shown(s->dating));
    if (!s->note.empty()) out += fmt::format("{}    source note: {}\n", indent, shown(s->note));
  }
  return out;
}

std::string nearest_block(const ExplainElement& e) {
  std::string out = fmt::format("      match: {}\n", shown(e.match));
  if (e.nearest.empty())
    return out +
           (e.several_conditions
                ? "      nearest claims: none; no visible claim meets half of its conditions\n"
                : "      nearest claims: none; no visible claim meets this condition\n");
  for (const auto& n : e.nearest) {
    out += fmt::format("      nearest: {}: {} of {} conditions hold\n", claim_line(n.claim), n.held,
                       n.total);
    for (const auto& f : n.fails) out += fmt::format("        fails: {}\n", shown(f));
  }
  return out;
}

std::string element_block(const ExplainElement& e) {
  std::string out =
      fmt::format("  [{}] {}: {} ({} matching claim{}, {} needed)\n",
                  e.role == "contested-by" ? "contested by" : e.role, e.id, shown(e.text),
                  e.claims.size(), e.claims.size() == 1 ? "" : "s", e.needed);
  for (const auto& cl : e.claims) out += claim_block(cl, "      ");
  if (e.searched) out += nearest_block(e);
  return out;
}

std::string contest_text(const ExplainContest& c) {
  if (!c.lowered) return fmt::format("  contested, not lowered: {}\n", c.reason);
  return fmt::format("  contested and lowered ({}): {}{} x {} / ({} + {}) = {}\n", c.reason,
                     c.met_by_elements ? "met by its elements, so " : "", c.before, c.total,
                     c.total, c.against, c.score);
}

std::string result_block(const ExplainResult& r, const std::string& as_of) {
  if (!r.applicable) return fmt::format("  not applicable: `when` is false: {}\n", shown(r.when));
  std::string out = fmt::format("  {}, score {}: {} of {} met, needs {}\n", r.status, r.score,
                                r.met, r.elements_count, r.needs);
  for (const auto& e : r.elements) out += element_block(e);
  for (const auto& e : r.contested) out += element_block(e);
  if (r.contest) out += contest_text(*r.contest);
  if (r.uncontested_gap) out += "  not contested: a gap rests on no evidence to dispute\n";
  if (!r.overdue_due.empty())
    out += fmt::format("  overdue: due {} had passed by {} and the rule is not met\n",
                       r.overdue_due, as_of);
  if (!r.late_due.empty())
    out += fmt::format("  late: met only by evidence dated after the due date {}\n", r.late_due);
  return out;
}

std::string per_impact_block(const ExplainRule& r, const std::string& as_of) {
  if (r.impacts.empty())
    return "  not applicable: evaluated per impact, and no impact of the company is known by "
           "this date\n";
  std::string out;
  if (r.result.applicable)
    out += fmt::format("  {}, score {}: the worst of its {} impact{} ({})\n", r.result.status,
                       r.result.score, r.impacts.size(), r.impacts.size() == 1 ? "" : "s",
                       r.decided_by);
  for (const auto& im : r.impacts) {
    out += fmt::format("\n  Impact {} at {}\n    {}\n    severity: {}; involvement: {}\n", im.id,
                       shown(im.location), shown(im.title),
                       im.severity.empty() ? "not given" : im.severity,
                       im.involvement.empty() ? "not given" : im.involvement);
    if (!im.note.empty()) out += fmt::format("    note: {}\n", shown(im.note));
    for (const auto& inv : im.involved)
      out += fmt::format("    involvement {}: {}\n", inv.mode, shown(inv.note));
    out += result_block(im.result, as_of);
  }
  return out;
}

std::string derived_block(const Explanation& e) {
  std::string out = fmt::format(
      "\nCarried over mappings: the mean of what each source counts for (equal and superset "
      "carry a verdict whole; subset and intersect halve its score)\n");
  for (const auto& d : e.derived) {
    out += fmt::format("  from {} ({}, mapping '{}'): {} {}, counts as {} {}\n", d.from, d.relation,
                       d.mapping, d.status, d.score, d.carried_status, d.carried_score);
    if (d.contested) out += "    the source is contested\n";
    if (d.claims.empty()) out += "    it rests on no evidence\n";
    for (const auto& cl : d.claims) out += claim_block(cl, "    ");
  }
  return out;
}

}  // namespace

std::string explain_text(const Explanation& e) {
  std::string out = fmt::format("{} \u2014 {} as of {}\n", e.company, e.obligation, e.as_of);
  out += fmt::format("{} (weight {}) at {}\n", shown(e.title), e.weight, shown(e.location));
  if (!e.text.empty()) out += fmt::format("  {}\n", shown(e.text));
  if (!e.note.empty()) out += fmt::format("  note: {}\n", shown(e.note));
  out += fmt::format("\nStatus: {}", e.status);
  if (!e.score.empty()) out += fmt::format(", score {}", e.score);
  if (!e.flags.empty()) out += fmt::format(", flags: {}", join(e.flags, ", "));
  out += "\n";
  if (!e.reason.empty()) out += fmt::format("  because {}\n", shown(e.reason));
  if (!e.applies_when.empty()) out += fmt::format("  applies_when: {}\n", shown(e.applies_when));
  if (!e.derived.empty()) out += derived_block(e);
  if (e.parent) {
    out += "\nParts:\n";
    for (const auto& p : e.parts)
      out += fmt::format("  {:<14} {:>5}  {}  {}\n", p.status, p.score, p.id, shown(p.title));
  }
  for (const auto& r : e.rules) {
    out += fmt::format("\nRule {} at {}\n  {}\n", r.id, shown(r.location), shown(r.title));
    if (!r.note.empty()) out += fmt::format("  note: {}\n", shown(r.note));
    out += r.per_impact ? per_impact_block(r, e.as_of) : result_block(r.result, e.as_of);
  }
  return out;
}

std::string explain_text(const model::Workspace& ws, const model::Company& company,
                         const model::CompanyResult& result, const model::Finding& finding,
                         util::Date as_of, const engine::CompiledWorkspace* cw) {
  return explain_text(explanation(ws, company, result, finding, as_of, cw));
}

}  // namespace ungap::report
