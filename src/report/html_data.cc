// The evidence behind every heatmap cell, as JSON for the page's script: rules with elements met
// and missing, the claims that met them, contested evidence and derivations.
#include <set>

#include "engine/impact_eval.h"
#include "report/html_parts.h"
#include "util/json_writer.h"

namespace ungap::report {

namespace {

void elements(util::JsonWriter& w, const std::vector<model::Element>& defs,
              const std::vector<model::ElementResult>& results, const model::Company& c) {
  w.begin_array();
  for (const auto& er : results) {
    const auto& el = defs[static_cast<std::size_t>(er.element)];
    w.begin_object().field("id", el.id).field("text", el.text).field("met", er.met);
    w.key("claims").begin_array();
    for (int claim : er.claims) w.value(c.claims[static_cast<std::size_t>(claim)].id);
    w.end_array().end_object();
  }
  w.end_array();
}

void rule(util::JsonWriter& w, const model::Workspace& ws, const model::Company& c,
          const model::RuleResult& rr) {
  const auto& r = ws.rules[static_cast<std::size_t>(rr.rule)];
  w.begin_object().field("id", r.id).field("title", r.title).field("location", r.loc.str());
  if (rr.impact >= 0 && rr.impacts.empty()) {  // one impact's result of a per-impact rule
    const auto& im = c.impacts[static_cast<std::size_t>(rr.impact)];
    w.field("impact", im.id).field("impact_title", im.title);
    w.field("severity", im.severity_text())
        .field("involvement", engine::involvement_label(rr.modes));
  }
  if (r.per == model::RulePer::kImpact && !(rr.impact >= 0 && rr.impacts.empty())) {
    w.key("impacts").begin_array();
    for (const auto& ir : rr.impacts) rule(w, ws, c, ir);
    w.end_array();
  }
  w.field("applicable", rr.applicable).field("status", model::to_string(rr.status));
  w.field("score", rounded_score(rr.score)).field("required", rr.required);
  if (rr.due) w.field("due", rr.due->str());
  w.key("elements");
  elements(w, r.elements, rr.elements, c);
  w.key("contested");
  elements(w, r.contested_by, rr.contested, c);
  w.end_object();
}

// A carried verdict's sources: each one's verdict, what it counts for, and its evidence.
void derived(util::JsonWriter& w, const Run& run, const model::Company& c,
             const model::CompanyResult& cr, const model::Finding& f) {
  w.begin_array();
  for (const auto& d : f.derived) {
    w.begin_object()
        .field("from", d.from)
        .field("relation", model::to_string(d.relation))
        .field("mapping", run.ws.mappings[static_cast<std::size_t>(d.mapping)].id)
        .field("status", model::to_string(d.status))
        .field("score", rounded_score(d.score))
        .field("carried_status", model::to_string(d.carried_status))
        .field("carried_score", rounded_score(d.carried_score));
    w.key("claims").begin_array();
    for (int claim : resting_claims(run.ws, c, cr, source_of(run.ws, cr, d)))
      w.value(c.claims[static_cast<std::size_t>(claim)].id);
    w.end_array().end_object();
  }
  w.end_array();
}

void cell(util::JsonWriter& w, const Run& run, const model::Company& c,
          const model::CompanyResult& cr, const model::Finding& f) {
  const auto& o = obligation_of(run.ws, f);
  w.key(html_cell_key(c, o)).begin_object();
  w.field("company", c.id).field("company_name", c.name.empty() ? c.id : c.name);
  w.field("obligation", o.full_id).field("title", o.title);
  w.field("status", model::to_string(f.status)).field("score", score_text(f));
  w.field("weight", model::to_string(f.severity)).field("flags", flags_text(f.flags));
  w.field("reason", f.reason).field("parent", !o.leaf());
  w.key("derived");
  derived(w, run, c, cr, f);
  w.key("rules").begin_array();
  for (const auto& rr : f.rules) rule(w, run.ws, c, rr);
  w.end_array().end_object();
}

void claims(util::JsonWriter& w, const model::Company& c, const model::CompanyResult& cr) {
  std::set<int> cited = cited_claims(cr);
  w.key(c.id).begin_object();
  for (int i : cited) {
    const auto& cl = c.claims[static_cast<std::size_t>(i)];
    w.key(cl.id)
        .begin_object()
        .field("date", cl.date.str())
        .field("kind", model::to_string(cl.kind));
    w.field("quote", cl.quote).field("summary", cl.summary).field("location", cl.loc.str());
    if (cl.source_index >= 0) {
      const auto& s = c.sources[static_cast<std::size_t>(cl.source_index)];
      w.field("source", s.title.empty() ? s.id : s.title).field("publisher", s.publisher);
      w.field("url", s.url).field("quality", model::to_string(s.quality));
      if (auto dating = model::dating_text(s); !dating.empty()) w.field("dating", dating);
    }
    w.end_object();
  }
  w.end_object();
}

}  // namespace

std::string html_cell_key(const model::Company& c, const model::Obligation& o) {
  return c.id + ":" + o.full_id;
}

std::string html_cell_data(const Run& run) {
  util::JsonWriter w(false);
  w.begin_object().key("cells").begin_object();
  for (const auto& cr : run.results.companies) {
    const auto& c = run.ws.companies[static_cast<std::size_t>(cr.company)];
    for (const auto& f : cr.findings)
      if (std::find(run.frameworks.begin(), run.frameworks.end(), f.framework) !=
              run.frameworks.end() &&
          listed(run.ws, f))
        cell(w, run, c, cr, f);
  }
  w.end_object().key("claims").begin_object();
  for (const auto& cr : run.results.companies)
    claims(w, run.ws.companies[static_cast<std::size_t>(cr.company)], cr);
  w.end_object().end_object();
  return w.take();
}

}  // namespace ungap::report
