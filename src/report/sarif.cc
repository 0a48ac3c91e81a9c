// SARIF 2.1.0 for `check`: one result per leaf finding that is a gap or partial, pointing at the
// YAML of the rule that decided it, with the evidence claims as related locations.
#include <fmt/format.h>

#include <map>

#include "report/escape.h"
#include "report/sarif_paths.h"
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

void location(util::JsonWriter& w, const util::Location& loc) {
  w.key("physicalLocation").begin_object();
  sarif_artifact(w, loc.path());
  if (loc.line > 0)
    w.key("region")
        .begin_object()
        .field("startLine", static_cast<int64_t>(loc.line))
        .field("startColumn", static_cast<int64_t>(std::max<uint32_t>(loc.col, 1)))
        .end_object();
  w.end_object();
}

struct Item {
  const model::Company* company;
  const model::Finding* finding;
  Origin origin;
};

std::vector<Item> items(const Run& run) {
  std::vector<Item> out;
  for (const auto& cr : run.results.companies)
    for (const auto& f : cr.findings) {
      bool selected = std::find(run.frameworks.begin(), run.frameworks.end(), f.framework) !=
                      run.frameworks.end();
      if (!selected || !listed(run.ws, f) || !obligation_of(run.ws, f).leaf() ||
          (f.status != model::Status::kGap && f.status != model::Status::kPartial))
        continue;
      Origin o = origin(run.ws, f);
      if (o.loc.valid())
        out.push_back({&run.ws.companies[static_cast<std::size_t>(cr.company)], &f, std::move(o)});
    }
  return out;
}

std::string message(const Run& run, const Item& it) {
  const auto& o = obligation_of(run.ws, *it.finding);
  std::string text = fmt::format("{}: {} ({}) is {}, score {}", it.company->id, o.full_id, o.title,
                                 model::to_string(it.finding->status), score_text(*it.finding));
  if (!it.finding->flags.empty()) text += "; " + flags_text(it.finding->flags);
  auto miss = missing(run.ws, *it.finding);
  for (std::size_t i = 0; i < miss.size(); ++i) text += (i ? "; " : ". Missing: ") + miss[i];
  if (!it.finding->derived.empty()) text += ". Derived from " + derived_text(*it.finding);
  return text + ".";
}

void result(util::JsonWriter& w, const Run& run, const Item& it, int64_t rule_index) {
  const auto& f = *it.finding;
  const auto& o = obligation_of(run.ws, f);
  w.begin_object().field("ruleId", it.origin.id).field("ruleIndex", rule_index);
  w.field("level", level(f.severity));
  w.key("message").begin_object().field("text", message(run, it)).end_object();
  w.key("locations").begin_array().begin_object();
  location(w, it.origin.loc);
  w.end_object().end_array();
  w.key("relatedLocations").begin_array();
  int id = 0;
  for (const auto& rr : f.rules)
    for (const auto* set : {&rr.elements, &rr.contested})
      for (const auto& er : *set)
        for (int claim : er.claims) {
          const auto& cl = it.company->claims[static_cast<std::size_t>(claim)];
          w.begin_object().field("id", id++);
          location(w, cl.loc);
          w.key("message")
              .begin_object()
              .field("text",
                     fmt::format("{}claim {}", set == &rr.contested ? "contested by " : "", cl.id))
              .end_object()
              .end_object();
        }
  w.end_array();
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
}

}  // namespace

std::string write_sarif(const Run& run, const WriteOptions&) {
  auto found = items(run);
  std::map<std::string, std::string> rules;  // id -> title, sorted for ruleIndex
  for (const auto& it : found) rules.emplace(it.origin.id, it.origin.title);
  util::JsonWriter w;
  w.begin_object().field("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  w.field("version", "2.1.0").key("runs").begin_array().begin_object();
  w.key("tool").begin_object().key("driver").begin_object();
  w.field("name", "ungap").field("version", util::kVersion);
  w.field("informationUri", "https://github.com/ungap/ungap");
  w.key("rules").begin_array();
  for (const auto& [id, title] : rules) {
    w.begin_object().field("id", id);
    if (!title.empty()) w.key("shortDescription").begin_object().field("text", title).end_object();
    w.end_object();
  }
  w.end_array().end_object().end_object();
  sarif_base_ids(w);
  w.key("properties").begin_object().field("as_of", run.results.as_of.str()).end_object();
  w.key("results").begin_array();
  for (const auto& it : found)
    result(w, run, it, std::distance(rules.begin(), rules.find(it.origin.id)));
  w.end_array().end_object().end_array().end_object();
  return w.take() + "\n";
}

}  // namespace ungap::report
