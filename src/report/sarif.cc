// SARIF 2.1.0 for `check`: one result per leaf finding that is a gap or partial, pointing at the
// YAML of the rule that decided it, with the evidence claims as related locations. Compact JSON:
// the log is read by tools, and indentation would double its size.
#include <fmt/format.h>

#include <map>

#include "report/escape.h"
#include "report/sarif_paths.h"
#include "report/sarif_related.h"
#include "report/spool.h"
#include "report/stream.h"
#include "report/verdicts.h"
#include "report/writers.h"
#include "util/json_writer.h"
#include "util/version.h"

namespace ungap::report {

namespace {

// The SARIF level of a failing finding, by the obligation's severity.
std::string_view level(model::Severity s) {
  static const std::map<model::Severity, std::string_view> k{{model::Severity::kCritical, "error"},
                                                             {model::Severity::kHigh, "error"},
                                                             {model::Severity::kMedium, "warning"},
                                                             {model::Severity::kLow, "note"}};
  return k.at(s);
}

struct Origin {
  std::string id;     // ruleId
  std::string title;  // rule title, for the driver's rule table
  util::Location loc;
};

// The rule that decided the status (the first applicable rule with the finding's status), or
// the mapping a derived status came over.
Origin origin(const model::Workspace& ws, const model::Finding& f) {
  const model::RuleResult* best = nullptr;
  for (const auto& rr : f.rules)
    if (rr.applicable && (!best || (best->status != f.status && rr.status == f.status))) best = &rr;
  if (best) {
    const auto& r = ws.rules[static_cast<std::size_t>(best->rule)];
    return {r.id, r.title, r.loc};
  }
  if (!f.derived.empty()) {
    const auto& m = ws.mappings[static_cast<std::size_t>(f.derived.front().mapping)];
    return {"mapping:" + m.id, "status carried over mapping " + m.id, m.loc};
  }
  return {"", "", {}};
}

struct Item {
  const model::Company* company;
  const model::Finding* finding;
  Origin origin;
};

// The SARIF results of one company: its listed leaf gaps and partials decided by a rule or
// carried over a mapping.
std::vector<Item> items(const model::Workspace& ws, const std::vector<int>& frameworks,
                        const model::CompanyResult& cr) {
  std::vector<Item> out;
  for (const auto& f : cr.findings) {
    if (!selected(ws, frameworks, f) || !obligation_of(ws, f).leaf() ||
        (f.status != model::Status::kGap && f.status != model::Status::kPartial))
      continue;
    Origin o = origin(ws, f);
    if (o.loc.valid())
      out.push_back({&ws.companies[static_cast<std::size_t>(cr.company)], &f, std::move(o)});
  }
  return out;
}

std::string message(const model::Workspace& ws, const Item& it) {
  const auto& o = obligation_of(ws, *it.finding);
  std::string text = fmt::format("{}: {} ({}) is {}, score {}", it.company->id, o.full_id, o.title,
                                 model::to_string(it.finding->status), score_text(*it.finding));
  if (!it.finding->flags.empty()) text += "; " + flags_text(it.finding->flags);
  auto miss = missing(ws, *it.finding);
  for (std::size_t i = 0; i < miss.size(); ++i) text += (i ? "; " : ". Missing: ") + miss[i];
  if (!it.finding->derived.empty()) text += ". Derived from " + derived_text(*it.finding);
  return text + ".";
}

// Appends a result of the "results" array to `out` as a spool record: its rule's id and title,
// its company, the offsets in its JSON where the ruleIndex goes (the position of its rule in the
// sorted rule table, known only once every company's rules are) and the related locations, the
// JSON, then the related locations' claims.
void put_result(std::string& out, const model::Workspace& ws, const Item& it,
                std::vector<uint32_t>& scratch) {
  const auto& f = *it.finding;
  const auto& o = obligation_of(ws, f);
  std::size_t record = begin_record(out);
  put_field(out, it.origin.id);
  put_field(out, it.origin.title);
  put_number(out, static_cast<uint32_t>(it.company - ws.companies.data()));
  std::size_t index_at = put_placeholder(out), related_at = put_placeholder(out);
  std::size_t json_at = put_placeholder(out);
  util::JsonWriter w(false);
  w.resume(std::move(out));
  w.begin_object().field("ruleId", it.origin.id).key("ruleIndex").raw("");
  std::size_t index = w.str().size() - json_at - 4;
  w.field("level", level(f.severity));
  w.key("message").begin_object().field("text", message(ws, it)).end_object();
  w.key("locations").begin_array().begin_object();
  sarif_location(w, it.origin.loc);
  w.end_object().end_array();
  w.key("relatedLocations").raw("");
  std::size_t related = w.str().size() - json_at - 4;
  w.key("partialFingerprints")
      .begin_object()
      .field("ungapFinding/v1", fingerprint(it.company->id, o.full_id, it.origin.id))
      .end_object();
  w.key("properties")
      .begin_object()
      .field("company", it.company->id)
      .field("obligation", o.full_id);
  w.field("status", model::to_string(f.status)).field("score", rounded_score(f.score));
  w.field("weight", model::to_string(f.severity));
  w.key("flags").begin_array();
  for (auto fl : f.flags.list()) w.value(model::to_string(fl));
  w.end_array().end_object().end_object();
  out = w.take();
  set_number(out, index_at, static_cast<uint32_t>(index));
  set_number(out, related_at, static_cast<uint32_t>(related));
  end_record(out, json_at);
  put_related_keys(out, f, scratch);
  end_record(out, record);
}

// Results are rendered per company and wait in a spool, each with its rule's id and title,
// until the rule table (the rules of every result, sorted by id) can be written ahead of them.
class SarifStream : public ReportStream {
 public:
  explicit SarifStream(const StreamContext& ctx) : m_ctx(ctx) {}

  std::string begin() override { return {}; }

  // The company's results, each a spool record.
  std::string company(const model::CompanyResult& cr) const override {
    std::string out;
    out.reserve(m_hint.get());
    std::vector<uint32_t> scratch;
    for (const auto& it : items(m_ctx.ws, m_ctx.frameworks, cr))
      put_result(out, m_ctx.ws, it, scratch);
    m_hint.update(out.size());
    return out;
  }

  std::string take(const model::CompanyResult&, std::string&& text) override {
    for (FieldReader records(text); !records.done();) {
      FieldReader r(records.field());
      auto id = r.field();
      if (m_rules.find(id) == m_rules.end())
        m_rules.emplace(std::string(id), Rule{std::string(r.field())});
    }
    m_results.write(text);
    return {};
  }

  std::string end() override {
    util::JsonWriter w(false);
    w.begin_object().field("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    w.field("version", "2.1.0").key("runs").begin_array().begin_object();
    w.key("tool").begin_object().key("driver").begin_object();
    w.field("name", "ungap").field("version", util::kVersion);
    w.field("informationUri", "https://github.com/ungap/ungap");
    w.key("rules").begin_array();
    int64_t index = 0;
    for (auto& [id, rule] : m_rules) {
      rule.index = index++;
      w.begin_object().field("id", id);
      if (!rule.title.empty())
        w.key("shortDescription").begin_object().field("text", rule.title).end_object();
      w.end_object();
    }
    w.end_array().end_object().end_object();
    sarif_base_ids(w);
    w.key("properties").begin_object().field("as_of", m_ctx.as_of.str()).end_object();
    w.key("results").begin_array();
    return w.take();
  }

  // The results, about 64 KB at a time, then the end of the document.
  std::string more() override {
    if (m_done) return {};
    std::string out, record;
    while (out.size() < kPiece && m_results.get(record)) {
      FieldReader r(record);
      const auto& rule = m_rules.find(r.field())->second;
      r.field();
      const auto& company = m_ctx.ws.companies[r.number()];
      std::size_t index = r.number(), related = r.number();
      std::string_view json = r.field();
      if (m_any) out += ',';
      m_any = true;
      out += json.substr(0, index);
      out += std::to_string(rule.index);
      out += json.substr(index, related - index);
      m_related.write(out, company, r.rest());
      out += json.substr(related);
    }
    if (out.size() < kPiece) {
      out += "]}]}\n";
      m_done = true;
    }
    return out;
  }

 private:
  struct Rule {
    std::string title;
    int64_t index = 0;
  };
  static constexpr std::size_t kPiece = 64 << 10;
  const StreamContext& m_ctx;
  SizeHint m_hint;
  std::map<std::string, Rule, std::less<>> m_rules;  // by id, sorted for ruleIndex
  Spool m_results;
  RelatedLocations m_related;
  bool m_any = false, m_done = false;
};

}  // namespace

std::unique_ptr<ReportStream> sarif_stream(const StreamContext& ctx, const WriteOptions&) {
  return std::make_unique<SarifStream>(ctx);
}

std::string write_sarif(const Run& run, const WriteOptions& o) {
  return write_streamed(sarif_stream, run, o);
}

}  // namespace ungap::report
