// `ungap explain --format md`: an Explanation as Markdown, for a pull request or a review
// note. Text from the inputs goes through md_cell (brackets escaped, so no link or image is
// live) or, for ids, expressions, locations and URLs, md_code.
#include <fmt/format.h>

#include "report/escape.h"
#include "report/explain.h"

namespace ungap::report {

namespace {

std::string claim_line(const ExplainClaimRef& cl) {
  return fmt::format("claim {} ({}, {} by {}) at {}", md_code(cl.id), md_cell(cl.date),
                     md_cell(cl.kind), md_cell(cl.by), md_code(cl.location));
}

std::string source_line(const ExplainSource& s) {
  return fmt::format("source {}: {}{}{}, {}{}", md_code(s.id),
                     s.title.empty() ? "(untitled)" : md_cell(s.title),
                     s.publisher.empty() ? "" : ", " + md_cell(s.publisher),
                     s.date.empty() ? "" : ", " + md_cell(s.date), md_cell(s.quality),
                     s.url.empty() ? "" : ", " + md_code(s.url));
}

// A claim as a list item at `indent`, its quote, summary and source nested under it.
std::string claim_item(const ExplainClaim& cl, const std::string& indent) {
  std::string out = fmt::format("{}- {}\n", indent, claim_line(cl));
  if (!cl.quote.empty()) out += fmt::format("{}  - \u201C{}\u201D\n", indent, md_cell(cl.quote));
  if (!cl.summary.empty()) out += fmt::format("{}  - {}\n", indent, md_cell(cl.summary));
  if (!cl.note.empty()) out += fmt::format("{}  - Note: {}\n", indent, md_cell(cl.note));
  if (cl.source) {
    out += fmt::format("{}  - {}\n", indent, source_line(*cl.source));
    if (!cl.source->dating.empty())
      out += fmt::format("{}  - {}\n", indent, md_cell(cl.source->dating));
    if (!cl.source->note.empty())
      out += fmt::format("{}  - Source note: {}\n", indent, md_cell(cl.source->note));
  }
  return out;
}

std::string nearest_items(const ExplainElement& e) {
  std::string out = fmt::format("  - match: {}\n", md_code(e.match));
  if (e.nearest.empty())
    return out + (e.several_conditions
                      ? "  - nearest claims: none; no visible claim meets half of its conditions\n"
                      : "  - nearest claims: none; no visible claim meets this condition\n");
  for (const auto& n : e.nearest) {
    out += fmt::format("  - nearest: {}: {} of {} conditions hold\n", claim_line(n.claim), n.held,
                       n.total);
    for (const auto& f : n.fails) out += fmt::format("    - fails: {}\n", md_code(f));
  }
  return out;
}

std::string element_item(const ExplainElement& e) {
  std::string out =
      fmt::format("- **{}** {}: {} ({} matching claim{}, {} needed)\n",
                  e.role == "contested-by" ? "contested by" : e.role, md_code(e.id),
                  md_cell(e.text), e.claims.size(), e.claims.size() == 1 ? "" : "s", e.needed);
  for (const auto& cl : e.claims) out += claim_item(cl, "  ");
  if (e.searched) out += nearest_items(e);
  return out;
}

std::string result_section(const ExplainResult& r, const std::string& as_of) {
  if (!r.applicable) return fmt::format("Not applicable: `when` is false: {}\n", md_code(r.when));
  std::string out = fmt::format("**{}, score {}**: {} of {} met, needs {}\n\n", r.status, r.score,
                                r.met, r.elements_count, r.needs);
  for (const auto& e : r.elements) out += element_item(e);
  for (const auto& e : r.contested) out += element_item(e);
  std::string notes;
  if (const auto& c = r.contest)
    notes += c->lowered
                 ? fmt::format("- Contested and lowered ({}): {}{} x {} / ({} + {}) = {}\n",
                               c->reason, c->met_by_elements ? "met by its elements, so " : "",
                               c->before, c->total, c->total, c->against, c->score)
                 : fmt::format("- Contested, not lowered: {}\n", c->reason);
  if (r.uncontested_gap) notes += "- Not contested: a gap rests on no evidence to dispute\n";
  if (!r.overdue_due.empty())
    notes += fmt::format("- Overdue: due {} had passed by {} and the rule is not met\n",
                         r.overdue_due, as_of);
  if (!r.late_due.empty())
    notes += fmt::format("- Late: met only by evidence dated after the due date {}\n", r.late_due);
  return notes.empty() ? out : out + "\n" + notes;
}

std::string rule_section(const ExplainRule& r, const std::string& as_of) {
  std::string out = fmt::format("\n## Rule {}\n\n", md_code(r.id));
  if (!r.title.empty()) out += md_cell(r.title) + "\n\n";
  if (!r.note.empty()) out += fmt::format("Note: {}\n\n", md_cell(r.note));
  out += fmt::format("At {}\n\n", md_code(r.location));
  if (!r.per_impact) return out + result_section(r.result, as_of);
  if (r.impacts.empty())
    return out +
           "Not applicable: evaluated per impact, and no impact of the company is known by "
           "this date\n";
  if (r.result.applicable)
    out += fmt::format("**{}, score {}**: the worst of its {} impact{} ({})\n", r.result.status,
                       r.result.score, r.impacts.size(), r.impacts.size() == 1 ? "" : "s",
                       md_code(r.decided_by));
  for (const auto& im : r.impacts) {
    out += fmt::format("\n### Impact {}\n\n{}, at {}\n\nSeverity: {}; involvement: {}\n\n",
                       md_code(im.id), md_cell(im.title), md_code(im.location),
                       im.severity.empty() ? "not given" : md_cell(im.severity),
                       im.involvement.empty() ? "not given" : md_cell(im.involvement));
    if (!im.note.empty()) out += fmt::format("Note: {}\n\n", md_cell(im.note));
    for (const auto& inv : im.involved)
      out += fmt::format("Involvement {}: {}\n\n", inv.mode, md_cell(inv.note));
    out += result_section(im.result, as_of);
  }
  return out;
}

std::string derived_section(const Explanation& e) {
  std::string out =
      "\n## Carried over mappings\n\nThe mean of what each source counts for (equal and superset "
      "carry a verdict whole; subset and intersect halve its score).\n\n"
      "| From | Relation | Mapping | Its verdict | Counts as |\n"
      "| --- | --- | --- | --- | --- |\n";
  for (const auto& d : e.derived)
    out += fmt::format("| {} | {} | {} | {} {} | {} {} |\n", md_cell(d.from), d.relation,
                       md_cell(d.mapping), d.status, d.score, d.carried_status, d.carried_score);
  for (const auto& d : e.derived) {
    out += fmt::format("\nWhat {} rests on{}:\n\n", md_code(d.from),
                       d.contested ? " (the source is contested)" : "");
    if (d.claims.empty()) out += "- no evidence\n";
    for (const auto& cl : d.claims) out += claim_item(cl, "");
  }
  return out;
}

std::string parts_section(const Explanation& e) {
  std::string out =
      "\n## Parts\n\n| Status | Score | Obligation | Title |\n| --- | ---: | --- | --- |\n";
  for (const auto& p : e.parts)
    out +=
        fmt::format("| {} | {} | {} | {} |\n", p.status, p.score, md_cell(p.id), md_cell(p.title));
  return out;
}

}  // namespace

std::string explain_markdown(const Explanation& e) {
  std::string out = fmt::format("# {} \u2014 {} as of {}\n\n", md_cell(e.company),
                                md_cell(e.obligation), e.as_of);
  out +=
      fmt::format("**{}** (weight {}), at {}\n\n", md_cell(e.title), e.weight, md_code(e.location));
  if (!e.text.empty()) out += fmt::format("> {}\n\n", md_cell(e.text));
  if (!e.note.empty()) out += fmt::format("Note: {}\n\n", md_cell(e.note));
  out += fmt::format("**Status: {}{}**", e.status, e.score.empty() ? "" : ", score " + e.score);
  for (std::size_t i = 0; i < e.flags.size(); ++i)
    out += (i == 0 ? ", flags: " : ", ") + e.flags[i];
  out += "\n";
  if (!e.reason.empty()) out += fmt::format("\nBecause {}\n", md_cell(e.reason));
  if (!e.applies_when.empty()) out += fmt::format("\napplies_when: {}\n", md_code(e.applies_when));
  if (!e.derived.empty()) out += derived_section(e);
  if (e.parent) out += parts_section(e);
  for (const auto& r : e.rules) out += rule_section(r, e.as_of);
  return out;
}

}  // namespace ungap::report
