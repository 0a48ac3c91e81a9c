// `ungap explain --format json`: an Explanation as one JSON object, described by
// schemas/explain.schema.json. Optional members are left out when they do not apply; arrays
// are always present.
#include <string>

#include "report/explain.h"
#include "util/json_writer.h"

namespace ungap::report {

namespace {

constexpr int kSchemaVersion = 1;

// A score kept as report text ("66.7", "" when not assessed) as a number, or left out.
void score_field(util::JsonWriter& w, const std::string& score) {
  if (!score.empty()) w.field("score", std::stod(score));
}

void optional_field(util::JsonWriter& w, std::string_view key, const std::string& value) {
  if (!value.empty()) w.field(key, value);
}

void claim_ref_fields(util::JsonWriter& w, const ExplainClaimRef& cl) {
  w.field("id", cl.id).field("date", cl.date).field("kind", cl.kind).field("by", cl.by);
  w.field("location", cl.location);
}

void claim_object(util::JsonWriter& w, const ExplainClaim& cl) {
  w.begin_object();
  claim_ref_fields(w, cl);
  optional_field(w, "quote", cl.quote);
  optional_field(w, "summary", cl.summary);
  optional_field(w, "note", cl.note);
  if (const auto& s = cl.source) {
    w.key("source").begin_object().field("id", s->id).field("title", s->title);
    w.field("publisher", s->publisher);
    optional_field(w, "date", s->date);
    w.field("quality", s->quality).field("url", s->url);
    optional_field(w, "dating", s->dating);
    optional_field(w, "note", s->note);
    w.end_object();
  }
  w.end_object();
}

void claims_array(util::JsonWriter& w, const std::vector<ExplainClaim>& claims) {
  w.key("claims").begin_array();
  for (const auto& cl : claims) claim_object(w, cl);
  w.end_array();
}

void element_object(util::JsonWriter& w, const ExplainElement& e) {
  w.begin_object().field("id", e.id).field("role", e.role).field("text", e.text);
  w.field("needed", e.needed).field("matching", e.claims.size());
  claims_array(w, e.claims);
  if (e.searched) {
    w.field("match", e.match).key("nearest").begin_array();
    for (const auto& n : e.nearest) {
      w.begin_object().key("claim").begin_object();
      claim_ref_fields(w, n.claim);
      w.end_object().field("held", n.held).field("total", n.total).string_array("fails", n.fails);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
}

void elements_array(util::JsonWriter& w, std::string_view key,
                    const std::vector<ExplainElement>& elements) {
  w.key(key).begin_array();
  for (const auto& e : elements) element_object(w, e);
  w.end_array();
}

// The members of a rule result (a rule's, or one impact's), inside an open object.
void result_fields(util::JsonWriter& w, const ExplainResult& r) {
  w.field("applicable", r.applicable);
  if (!r.applicable) {
    w.field("when", r.when);
    return;
  }
  w.field("status", r.status).field("score", r.score).field("met", r.met);
  w.field("elements_total", r.elements_count).field("needs", r.needs);
  elements_array(w, "elements", r.elements);
  elements_array(w, "contested_by", r.contested);
  if (const auto& c = r.contest) {
    w.key("contest").begin_object().field("lowered", c->lowered).field("reason", c->reason);
    if (c->lowered) {
      w.field("met_by_elements", c->met_by_elements).field("before", c->before);
      w.field("total", c->total).field("against", c->against).field("score", c->score);
    }
    w.end_object();
  }
  w.field("uncontested_gap", r.uncontested_gap);
  optional_field(w, "overdue_due", r.overdue_due);
  optional_field(w, "late_due", r.late_due);
}

void rule_object(util::JsonWriter& w, const ExplainRule& r) {
  w.begin_object().field("id", r.id).field("location", r.location).field("title", r.title);
  optional_field(w, "note", r.note);
  w.field("per_impact", r.per_impact);
  if (!r.per_impact) {
    result_fields(w, r.result);
    return void(w.end_object());
  }
  w.field("applicable", r.result.applicable);
  if (r.result.applicable) {
    w.field("status", r.result.status).field("score", r.result.score);
    w.field("decided_by", r.decided_by);
  }
  w.key("impacts").begin_array();
  for (const auto& im : r.impacts) {
    w.begin_object().field("id", im.id).field("location", im.location).field("title", im.title);
    w.field("severity", im.severity).field("involvement", im.involvement);
    optional_field(w, "note", im.note);
    if (!im.involved.empty()) {
      w.key("involvement_notes").begin_array();
      for (const auto& inv : im.involved)
        w.begin_object().field("mode", inv.mode).field("note", inv.note).end_object();
      w.end_array();
    }
    result_fields(w, im.result);
    w.end_object();
  }
  w.end_array().end_object();
}

void derived_array(util::JsonWriter& w, const std::vector<ExplainDerived>& derived) {
  w.key("derived_from").begin_array();
  for (const auto& d : derived) {
    w.begin_object().field("obligation", d.from).field("relation", d.relation);
    w.field("mapping", d.mapping).field("status", d.status).field("score", d.score);
    w.field("carried_status", d.carried_status).field("carried_score", d.carried_score);
    w.field("contested", d.contested);
    claims_array(w, d.claims);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

std::string explain_json(const Explanation& e) {
  util::JsonWriter w;
  w.begin_object().field("schema_version", kSchemaVersion).field("company", e.company);
  w.key("obligation").begin_object().field("id", e.obligation).field("title", e.title);
  w.field("weight", e.weight).field("location", e.location).field("text", e.text);
  optional_field(w, "note", e.note);
  w.end_object();
  w.field("as_of", e.as_of).field("status", e.status);
  score_field(w, e.score);
  w.string_array("flags", e.flags);
  optional_field(w, "reason", e.reason);
  optional_field(w, "applies_when", e.applies_when);
  derived_array(w, e.derived);
  w.key("parts").begin_array();
  for (const auto& p : e.parts) {
    w.begin_object().field("id", p.id).field("title", p.title).field("status", p.status);
    score_field(w, p.score);
    w.end_object();
  }
  w.end_array().key("rules").begin_array();
  for (const auto& r : e.rules) rule_object(w, r);
  w.end_array().end_object();
  return w.take() + "\n";
}

}  // namespace ungap::report
