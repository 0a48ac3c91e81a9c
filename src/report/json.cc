// JSON: the full result with a schema_version, for pipelines and `ungap diff`.
#include <set>

#include "report/input_kinds.h"
#include "report/writers.h"
#include "util/json_writer.h"
#include "util/version.h"

namespace ungap::report {

namespace {

void element(util::JsonWriter& w, const model::Company& c, const model::Element& el,
             const model::ElementResult& er) {
  w.begin_object();
  w.field("id", el.id).field("text", el.text).field("met", er.met);
  w.field("min", el.min).field("weight", el.weight);
  w.key("evidence").begin_array();
  for (int claim : er.claims) w.value(c.claims[static_cast<std::size_t>(claim)].id);
  w.end_array();
  w.end_object();
}

void rule_result(util::JsonWriter& w, const model::Workspace& ws, const model::Company& c,
                 const model::RuleResult& rr) {
  const auto& rule = ws.rules[static_cast<std::size_t>(rr.rule)];
  w.begin_object();
  w.field("id", rule.id).field("location", rule.loc.str());
  w.field("applicable", rr.applicable);
  w.field("status", model::to_string(rr.status));
  if (rr.applicable) w.field("score", rounded_score(rr.score)).field("required", rr.required);
  w.key("flags").begin_array();
  for (auto f : rr.flags.list()) w.value(model::to_string(f));
  w.end_array();
  if (rr.due) w.field("due", rr.due->str());
  w.key("elements").begin_array();
  for (const auto& er : rr.elements) element(w, c, rule.elements[static_cast<std::size_t>(er.element)], er);
  w.end_array();
  w.key("contested_by").begin_array();
  for (const auto& er : rr.contested)
    element(w, c, rule.contested_by[static_cast<std::size_t>(er.element)], er);
  w.end_array();
  w.end_object();
}

void finding(util::JsonWriter& w, const model::Workspace& ws, const model::Company& c,
             const model::Finding& f) {
  const auto& o = obligation_of(ws, f);
  const auto& fw = ws.frameworks[static_cast<std::size_t>(f.framework)];
  w.begin_object();
  w.field("id", o.full_id).field("title", o.title);
  if (o.parent != model::kNoParent)
    w.field("parent", fw.obligations[static_cast<std::size_t>(o.parent)].full_id);
  w.field("assessable", o.assessable && o.leaf());
  w.field("status", model::to_string(f.status));
  if (f.status != model::Status::kNotApplicable && f.status != model::Status::kNotAssessed)
    w.field("score", rounded_score(f.score));
  w.field("severity", model::to_string(f.severity));
  w.key("flags").begin_array();
  for (auto fl : f.flags.list()) w.value(model::to_string(fl));
  w.end_array();
  if (!f.reason.empty()) w.field("reason", f.reason);
  if (!f.derived.empty()) {
    w.key("derived_from").begin_array();
    for (const auto& d : f.derived)
      w.begin_object()
          .field("obligation", d.from)
          .field("relation", model::to_string(d.relation))
          .field("mapping", ws.mappings[static_cast<std::size_t>(d.mapping)].id)
          .end_object();
    w.end_array();
  }
  w.key("rules").begin_array();
  for (const auto& rr : f.rules) rule_result(w, ws, c, rr);
  w.end_array();
  w.end_object();
}

// Every claim cited as evidence, with its quote and source, so the JSON explains itself.
void claims(util::JsonWriter& w, const model::Company& c, const model::CompanyResult& cr) {
  std::set<int> cited;
  for (const auto& f : cr.findings)
    for (const auto& rr : f.rules) {
      for (const auto& er : rr.elements) cited.insert(er.claims.begin(), er.claims.end());
      for (const auto& er : rr.contested) cited.insert(er.claims.begin(), er.claims.end());
    }
  w.key("claims").begin_object();
  for (int i : cited) {
    const auto& cl = c.claims[static_cast<std::size_t>(i)];
    w.key(cl.id).begin_object();
    w.field("date", cl.date.str()).field("kind", model::to_string(cl.kind));
    w.field("by", model::to_string(cl.by));
    if (!cl.quote.empty()) w.field("quote", cl.quote);
    if (!cl.summary.empty()) w.field("summary", cl.summary);
    w.field("location", cl.loc.str());
    if (cl.source_index >= 0) {
      const auto& s = c.sources[static_cast<std::size_t>(cl.source_index)];
      w.key("source").begin_object().field("id", s.id).field("title", s.title);
      w.field("publisher", s.publisher);
      if (s.date) w.field("date", s.date->str());
      w.field("url", s.url).field("quality", model::to_string(s.quality)).end_object();
    }
    w.end_object();
  }
  w.end_object();
}

}  // namespace

std::string write_json(const Run& run, const WriteOptions&) {
  util::JsonWriter w;
  w.begin_object();
  w.field("schema_version", 1);
  w.key("tool").begin_object().field("name", "ungap").field("version", util::kVersion).end_object();
  w.field("as_of", run.results.as_of.str());
  w.key("inputs").begin_array();
  auto kinds = input_kinds(run.ws);
  for (std::size_t i = 0; i < run.ws.inputs.size(); ++i) {
    const auto& in = run.ws.inputs[i];
    w.begin_object().field("path", in.path).field("kind", kinds[i]).field("sha256", in.sha256);
    w.field("bytes", static_cast<int64_t>(in.bytes)).end_object();
  }
  w.end_array();
  w.key("frameworks").begin_array();
  for (int fw : run.frameworks) {
    const auto& f = run.ws.frameworks[static_cast<std::size_t>(fw)];
    w.begin_object().field("id", f.id).field("title", f.title).field("version", f.version).end_object();
  }
  w.end_array();
  w.field("summary", summary_line(run));
  w.key("companies").begin_array();
  for (const auto& cr : run.results.companies) {
    const auto& c = run.ws.companies[static_cast<std::size_t>(cr.company)];
    w.begin_object().field("id", c.id).field("name", c.name);
    w.key("findings").begin_array();
    for (const auto& f : cr.findings)
      if (std::find(run.frameworks.begin(), run.frameworks.end(), f.framework) != run.frameworks.end())
        finding(w, run.ws, c, f);
    w.end_array();
    claims(w, c, cr);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take() + "\n";
}

}  // namespace ungap::report
