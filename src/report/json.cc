// JSON: the full result with a schema_version, for pipelines and `ungap diff`.
#include <atomic>
#include <set>

#include "report/input_kinds.h"
#include "report/stream.h"
#include "report/writers.h"
#include "util/json_writer.h"
#include "util/version.h"

namespace ungap::report {

namespace {

void element(util::JsonWriter& w, const model::Company& c, const model::Element& el,
             const model::ElementResult& er) {
  w.begin_object();
  w.field("id", el.id).field("met", er.met);
  w.key("evidence").begin_array();
  for (int claim : er.claims) w.value(c.claims[static_cast<std::size_t>(claim)].id);
  w.end_array();
  w.end_object();
}

// Each rule's location as text, worked out once rather than in every finding of every company.
std::vector<std::string> rule_locations(const model::Workspace& ws) {
  std::vector<std::string> out;
  out.reserve(ws.rules.size());
  for (const auto& r : ws.rules) out.push_back(r.loc.str());
  return out;
}

void rule_result(util::JsonWriter& w, const model::Workspace& ws,
                 const std::vector<std::string>& locations, const model::Company& c,
                 const model::RuleResult& rr) {
  const auto& rule = ws.rules[static_cast<std::size_t>(rr.rule)];
  w.begin_object();
  w.field("id", rule.id).field("location", locations[static_cast<std::size_t>(rr.rule)]);
  w.field("applicable", rr.applicable);
  w.field("status", model::to_string(rr.status));
  if (rr.applicable) w.field("score", rounded_score(rr.score)).field("required", rr.required);
  w.key("flags").begin_array();
  for (auto f : rr.flags.list()) w.value(model::to_string(f));
  w.end_array();
  if (rr.due) w.field("due", rr.due->str());
  w.key("elements").begin_array();
  for (const auto& er : rr.elements)
    element(w, c, rule.elements[static_cast<std::size_t>(er.element)], er);
  w.end_array();
  w.key("contested_by").begin_array();
  for (const auto& er : rr.contested)
    element(w, c, rule.contested_by[static_cast<std::size_t>(er.element)], er);
  w.end_array();
  w.end_object();
}

void finding(util::JsonWriter& w, const model::Workspace& ws,
             const std::vector<std::string>& locations, const model::Company& c,
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
  for (const auto& rr : f.rules) rule_result(w, ws, locations, c, rr);
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

// The rules once, with their elements' texts, so findings need only name them.
void rule_definitions(util::JsonWriter& w, const model::Workspace& ws) {
  auto elements = [&](const char* key, const std::vector<model::Element>& els) {
    w.key(key).begin_array();
    for (const auto& e : els)
      w.begin_object()
          .field("id", e.id)
          .field("text", e.text)
          .field("min", e.min)
          .field("weight", e.weight)
          .end_object();
    w.end_array();
  };
  w.key("rules").begin_array();
  for (const auto& r : ws.rules) {
    w.begin_object().field("id", r.id).field("title", r.title).field("location", r.loc.str());
    w.key("checks").begin_array();
    for (const auto& c : r.checks) w.value(c.id);
    w.end_array();
    elements("elements", r.elements);
    elements("contested_by", r.contested_by);
    w.end_object();
  }
  w.end_array();
}

// Companies are written one by one into the "companies" array; each finding is one line.
class JsonStream : public ReportStream {
 public:
  explicit JsonStream(const StreamContext& ctx) : m_ctx(ctx), m_locations(rule_locations(ctx.ws)) {}

  std::string begin() override {
    util::JsonWriter w(true, 0, 2);
    w.begin_object();
    w.field("schema_version", 1);
    w.key("tool")
        .begin_object()
        .field("name", "ungap")
        .field("version", util::kVersion)
        .end_object();
    w.field("as_of", m_ctx.as_of.str());
    w.key("inputs").begin_array();
    auto kinds = input_kinds(m_ctx.ws);
    for (std::size_t i = 0; i < m_ctx.ws.inputs.size(); ++i) {
      const auto& in = m_ctx.ws.inputs[i];
      w.begin_object().field("path", in.path).field("kind", kinds[i]).field("sha256", in.sha256);
      w.field("bytes", static_cast<int64_t>(in.bytes)).end_object();
    }
    w.end_array();
    w.key("frameworks").begin_array();
    for (int fw : m_ctx.frameworks) {
      const auto& f = m_ctx.ws.frameworks[static_cast<std::size_t>(fw)];
      w.begin_object()
          .field("id", f.id)
          .field("title", f.title)
          .field("version", f.version)
          .end_object();
    }
    w.end_array();
    rule_definitions(w, m_ctx.ws);
    // The document stays open: companies follow, then the summary.
    return w.take() + ",\n  \"companies\": [";
  }

  std::string company(const model::CompanyResult& cr) const override {
    const auto& c = m_ctx.ws.companies[static_cast<std::size_t>(cr.company)];
    util::JsonWriter w(true, 2, 4);
    // Companies of one workspace tend to be alike in size: room for the last one's text saves
    // growing a string of a megabyte or more step by step. A hint only: any value is correct.
    w.reserve(m_size_hint.load(std::memory_order_relaxed));
    w.raw("\n    ");
    w.begin_object().field("id", c.id).field("name", c.name);
    w.key("findings").begin_array();
    for (const auto& f : cr.findings)
      if (std::find(m_ctx.frameworks.begin(), m_ctx.frameworks.end(), f.framework) !=
          m_ctx.frameworks.end())
        finding(w, m_ctx.ws, m_locations, c, f);
    w.end_array();
    claims(w, c, cr);
    w.end_object();
    m_size_hint.store(w.str().size() + w.str().size() / 8, std::memory_order_relaxed);
    return w.take();
  }

  std::string between() const override { return ","; }

  std::string end() override {
    return std::string("\n  ]") + ",\n  \"summary\": " +
           util::json_quote(m_ctx.summary.line(m_ctx.as_of, m_ctx.frameworks.size())) + "\n}\n";
  }

 private:
  const StreamContext& m_ctx;
  std::vector<std::string> m_locations;
  mutable std::atomic<std::size_t> m_size_hint{0};
};

}  // namespace

std::unique_ptr<ReportStream> json_stream(const StreamContext& ctx, const WriteOptions&) {
  return std::make_unique<JsonStream>(ctx);
}

std::string write_json(const Run& run, const WriteOptions& o) {
  return write_streamed(json_stream, run, o);
}

}  // namespace ungap::report
