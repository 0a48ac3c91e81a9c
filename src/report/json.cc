// JSON: the full result with a schema_version, for pipelines and `ungap diff`.
#include <set>

#include "engine/impact_eval.h"
#include "report/definition_digest.h"
#include "report/impact_verdicts.h"
#include "report/stream.h"
#include "report/verdicts.h"
#include "report/writers.h"
#include "util/json_writer.h"
#include "util/version.h"

namespace ungap::report {

namespace {

// JSON string literals of the texts every company's findings repeat (rule and element ids, rule
// locations, obligation ids and titles), escaped once per run instead of at every use.
struct QuotedTexts {
  std::vector<std::string> rule_ids, rule_locations;
  std::vector<std::vector<std::string>> element_ids, contested_ids;         // per rule
  std::vector<std::vector<std::string>> obligation_ids, obligation_titles;  // per framework

  explicit QuotedTexts(const model::Workspace& ws) {
    auto ids = [](const std::vector<model::Element>& els) {
      std::vector<std::string> out;
      for (const auto& e : els) out.push_back(util::json_quote(e.id));
      return out;
    };
    for (const auto& r : ws.rules) {
      rule_ids.push_back(util::json_quote(r.id));
      rule_locations.push_back(util::json_quote(r.loc.str()));
      element_ids.push_back(ids(r.elements));
      contested_ids.push_back(ids(r.contested_by));
    }
    for (const auto& fw : ws.frameworks) {
      auto& fw_ids = obligation_ids.emplace_back();
      auto& titles = obligation_titles.emplace_back();
      for (const auto& o : fw.obligations) {
        fw_ids.push_back(util::json_quote(o.full_id));
        titles.push_back(util::json_quote(o.title));
      }
    }
  }
};

// One company's findings, with its claim ids quoted once for all the evidence lists citing them.
class FindingWriter {
 public:
  FindingWriter(util::JsonWriter& w, const model::Workspace& ws, const QuotedTexts& q,
                const model::Company& c, const model::CompanyResult& cr)
      : m_w(w), m_ws(ws), m_q(q), m_c(c), m_cr(cr) {
    m_claim_ids.reserve(c.claims.size());
    for (const auto& claim : c.claims) m_claim_ids.push_back(util::json_quote(claim.id));
  }

  void finding(const model::Finding& f) {
    const auto& o = obligation_of(m_ws, f);
    const auto fw = static_cast<std::size_t>(f.framework);
    m_w.begin_object();
    m_w.key("id").raw(m_q.obligation_ids[fw][static_cast<std::size_t>(f.obligation)]);
    m_w.key("title").raw(m_q.obligation_titles[fw][static_cast<std::size_t>(f.obligation)]);
    if (o.parent != model::kNoParent)
      m_w.key("parent").raw(m_q.obligation_ids[fw][static_cast<std::size_t>(o.parent)]);
    m_w.field("assessable", o.assessable && o.leaf());
    m_w.field("status", model::to_string(f.status));
    if (f.status != model::Status::kNotApplicable && f.status != model::Status::kNotAssessed)
      m_w.field("score", rounded_score(f.score));
    // The obligation's weight (called `severity` in reports before impacts had one).
    m_w.field("weight", model::to_string(f.severity));
    m_w.key("flags").begin_array();
    for (auto fl : f.flags.list()) m_w.value(model::to_string(fl));
    m_w.end_array();
    if (!f.reason.empty()) m_w.field("reason", f.reason);
    if (!f.derived.empty()) derived_from(f);
    m_w.key("rules").begin_array();
    for (const auto& rr : f.rules) rule_result(rr);
    m_w.end_array();
    if (auto verdicts = impact_verdicts(f); !verdicts.empty()) {
      m_w.key("impacts").begin_array();
      for (const auto& v : verdicts) {
        m_w.begin_object().field("impact", impact_id(v.impact));
        m_w.field("status", model::to_string(v.status)).field("score", rounded_score(v.score));
        m_w.key("flags").begin_array();
        for (auto fl : v.flags.list()) m_w.value(model::to_string(fl));
        m_w.end_array().end_object();
      }
      m_w.end_array();
    }
    m_w.end_object();
  }

 private:
  // Each source with its own verdict, what it counts for over the relation, and the claims it
  // rests on, so a carried score can be reconciled from the report alone.
  void derived_from(const model::Finding& f) {
    m_w.key("derived_from").begin_array();
    for (const auto& d : f.derived) {
      m_w.begin_object()
          .field("obligation", d.from)
          .field("relation", model::to_string(d.relation))
          .field("mapping", m_ws.mappings[static_cast<std::size_t>(d.mapping)].id)
          .field("status", model::to_string(d.status))
          .field("score", rounded_score(d.score))
          .field("carried_status", model::to_string(d.carried_status))
          .field("carried_score", rounded_score(d.carried_score));
      m_w.key("evidence").begin_array();
      for (int claim : resting_claims(m_ws, m_c, m_cr, source_of(m_ws, m_cr, d)))
        m_w.raw(m_claim_ids[static_cast<std::size_t>(claim)]);
      m_w.end_array().end_object();
    }
    m_w.end_array();
  }

  const std::string& impact_id(int i) const { return m_c.impacts[static_cast<std::size_t>(i)].id; }

  // `one_impact`: the result of a per-impact rule for one impact.
  void rule_result(const model::RuleResult& rr, bool one_impact = false) {
    const auto r = static_cast<std::size_t>(rr.rule);
    m_w.begin_object();
    m_w.key("id").raw(m_q.rule_ids[r]).key("location").raw(m_q.rule_locations[r]);
    m_w.field("applicable", rr.applicable);
    m_w.field("status", model::to_string(rr.status));
    if (rr.applicable) m_w.field("score", rounded_score(rr.score)).field("required", rr.required);
    m_w.key("flags").begin_array();
    for (auto f : rr.flags.list()) m_w.value(model::to_string(f));
    m_w.end_array();
    if (rr.due) m_w.field("due", rr.due->str());
    m_w.key("elements").begin_array();
    for (const auto& er : rr.elements) element(m_q.element_ids[r], er);
    m_w.end_array();
    m_w.key("contested_by").begin_array();
    for (const auto& er : rr.contested) element(m_q.contested_ids[r], er);
    m_w.end_array();
    if (one_impact) {
      m_w.field("impact", impact_id(rr.impact));
      m_w.field("involvement", engine::involvement_label(rr.modes));
    } else if (m_ws.rules[r].per == model::RulePer::kImpact) {
      if (rr.impact >= 0) m_w.field("decided_by", impact_id(rr.impact));
      // Each impact's own result, in the same shape.
      m_w.key("impacts").begin_array();
      for (const auto& ir : rr.impacts) rule_result(ir, true);
      m_w.end_array();
    }
    m_w.end_object();
  }

  void element(const std::vector<std::string>& ids, const model::ElementResult& er) {
    m_w.begin_object();
    m_w.key("id").raw(ids[static_cast<std::size_t>(er.element)]).field("met", er.met);
    m_w.key("evidence").begin_array();
    for (int claim : er.claims) m_w.raw(m_claim_ids[static_cast<std::size_t>(claim)]);
    m_w.end_array();
    m_w.end_object();
  }

  util::JsonWriter& m_w;
  const model::Workspace& m_ws;
  const QuotedTexts& m_q;
  const model::Company& m_c;
  const model::CompanyResult& m_cr;
  std::vector<std::string> m_claim_ids;
};

// The company's impacts, as recorded (involvement over every claim, whatever the date).
void impacts(util::JsonWriter& w, const model::Company& c) {
  if (c.impacts.empty()) return;
  w.key("impacts").begin_array();
  for (const auto& im : c.impacts) {
    w.begin_object().field("id", im.id).field("title", im.title);
    if (!im.summary.empty()) w.field("summary", im.summary);
    if (im.period_from) w.field("from", im.period_from->str());
    if (im.period_to) w.field("to", im.period_to->str());
    w.key("rights").begin_array();
    for (const auto& r : im.rights) w.value(r);
    w.end_array().key("rights_holders").begin_array();
    for (const auto& r : im.rights_holders) w.value(r);
    w.end_array();
    if (im.severity.given) {
      w.key("severity").begin_object();
      w.field("scale", model::to_string(im.severity.scale));
      w.field("scope", model::to_string(im.severity.scope));
      w.field("remediability", model::to_string(im.severity.remediability));
      w.field("rank", im.severity.rank()).end_object();
    }
    w.field("involvement", im.involvement_label()).key("modes").begin_array();
    for (const auto& inv : im.involvement) {
      w.begin_object().field("mode", model::to_string(inv.mode)).key("claims").begin_array();
      for (const auto& ref : inv.claims) w.value(ref.id);
      w.end_array().end_object();
    }
    w.end_array().field("location", im.loc.str()).end_object();
  }
  w.end_array();
}

// The claims a claim replaces, when it names any (so `ungap diff` can say what superseded what).
void supersedes(util::JsonWriter& w, const model::Claim& cl) {
  if (cl.extras->supersedes.empty()) return;
  w.key("supersedes").begin_array();
  for (const auto& ref : cl.extras->supersedes) w.value(ref.id);
  w.end_array();
}

// Every claim cited as evidence, with its quote and source, so the JSON explains itself.
void claims(util::JsonWriter& w, const model::Company& c, const model::CompanyResult& cr) {
  std::set<int> cited = cited_claims(cr);
  w.key("claims").begin_object();
  for (int i : cited) {
    const auto& cl = c.claims[static_cast<std::size_t>(i)];
    w.key(cl.id).begin_object();
    w.field("date", cl.date.str()).field("kind", model::to_string(cl.kind));
    w.field("by", model::to_string(cl.by));
    if (!cl.quote.empty()) w.field("quote", cl.quote);
    if (!cl.summary.empty()) w.field("summary", cl.summary);
    if (!cl.extras->note.empty()) w.field("note", cl.extras->note);
    w.field("location", cl.loc.str());
    supersedes(w, cl);
    if (cl.source_index >= 0) {
      const auto& s = c.sources[static_cast<std::size_t>(cl.source_index)];
      w.key("source").begin_object().field("id", s.id).field("title", s.title);
      w.field("publisher", s.publisher);
      if (s.date) w.field("date", s.date->str());
      if (s.date_precision) w.field("date_precision", model::to_string(*s.date_precision));
      if (!s.date_basis.empty()) w.field("date_basis", s.date_basis);
      w.field("url", s.url).field("quality", model::to_string(s.quality));
      if (!s.note.empty()) w.field("note", s.note);
      w.end_object();
    }
    w.end_object();
  }
  w.end_object();
}

// Visible claims no element of any rule matched: evidence no verdict reads.
void unread_claims(util::JsonWriter& w, const model::Company& c, const model::CompanyResult& cr) {
  w.key("unread_claims").begin_array();
  for (int i : cr.unread) {
    const auto& cl = c.claims[static_cast<std::size_t>(i)];
    w.begin_object().field("id", cl.id).field("date", cl.date.str());
    w.field("kind", model::to_string(cl.kind)).field("by", model::to_string(cl.by));
    w.field("location", cl.loc.str());
    supersedes(w, cl);
    w.end_object();
  }
  w.end_array();
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
    w.field("sha256", rule_digest(r));
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
  explicit JsonStream(const StreamContext& ctx) : m_ctx(ctx), m_quoted(ctx.ws) {}

  std::string begin() override {
    util::JsonWriter w(true, 0, 2);
    w.begin_object();
    w.field("schema_version", kReportSchemaVersion);
    w.key("tool")
        .begin_object()
        .field("name", "ungap")
        .field("version", util::kVersion)
        .end_object();
    w.field("as_of", m_ctx.as_of.str());
    w.key("inputs").begin_array();
    for (const auto& in : m_ctx.ws.inputs) {
      w.begin_object().field("path", in.path).field("kind", in.kind).field("sha256", in.sha256);
      w.field("bytes", static_cast<int64_t>(in.bytes)).end_object();
    }
    w.end_array();
    w.key("frameworks").begin_array();
    for (int fw : m_ctx.frameworks) {
      const auto& f = m_ctx.ws.frameworks[static_cast<std::size_t>(fw)];
      w.begin_object().field("id", f.id).field("title", f.title).field("version", f.version);
      // Each obligation's digest once, so `ungap diff` can tell a changed obligation.
      w.key("obligations").begin_array();
      for (const auto& o : f.obligations)
        w.begin_object()
            .field("id", o.full_id)
            .field("sha256", obligation_digest(f, o))
            .field("location", o.loc.str())
            .end_object();
      w.end_array().end_object();
    }
    w.end_array();
    rule_definitions(w, m_ctx.ws);
    // The document stays open: companies follow, then the summary.
    return w.take() + ",\n  \"companies\": [";
  }

  std::string company(const model::CompanyResult& cr) const override {
    const auto& c = m_ctx.ws.companies[static_cast<std::size_t>(cr.company)];
    util::JsonWriter w(true, 2, 4);
    w.reserve(m_size_hint.get());
    w.raw("\n    ");
    w.begin_object().field("id", c.id).field("name", c.name);
    if (!c.note.empty()) w.field("note", c.note);  // what the evidence covers and leaves out
    w.key("findings").begin_array();
    FindingWriter findings(w, m_ctx.ws, m_quoted, c, cr);
    for (const auto& f : cr.findings)
      if (std::find(m_ctx.frameworks.begin(), m_ctx.frameworks.end(), f.framework) !=
          m_ctx.frameworks.end())
        findings.finding(f);
    w.end_array();
    claims(w, c, cr);
    unread_claims(w, c, cr);
    impacts(w, c);
    w.end_object();
    m_size_hint.update(w.str().size());
    return w.take();
  }

  std::string between() const override { return ","; }

  std::string end() override {
    return std::string("\n  ]") + ",\n  \"summary\": " +
           util::json_quote(m_ctx.summary.line(m_ctx.as_of, m_ctx.frameworks.size())) + "\n}\n";
  }

 private:
  const StreamContext& m_ctx;
  QuotedTexts m_quoted;
  SizeHint m_size_hint;
};

}  // namespace

std::unique_ptr<ReportStream> json_stream(const StreamContext& ctx, const WriteOptions&) {
  return std::make_unique<JsonStream>(ctx);
}

std::string write_json(const Run& run, const WriteOptions& o) {
  return write_streamed(json_stream, run, o);
}

}  // namespace ungap::report
