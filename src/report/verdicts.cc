#include "report/verdicts.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "report/json_value.h"
#include "report/stream.h"
#include "util/file_io.h"
#include "util/sha256.h"

namespace ungap::report {

namespace {

std::vector<std::string> flag_names(const model::FlagSet& flags) {
  std::vector<std::string> out;
  for (auto f : flags.list()) out.emplace_back(model::to_string(f));
  return out;
}

std::vector<std::string> strings(const JsonValue& array) {
  std::vector<std::string> out;
  for (const auto& v : array.items()) out.push_back(v.str());
  return out;
}

void add_evidence(const JsonValue& elements, std::set<std::string>& out) {
  for (const auto& e : elements.items())
    for (const auto& id : e["evidence"].items()) out.insert(id.str());
}

Verdict verdict_from_json(const std::string& company, const JsonValue& f) {
  Verdict v{company, f["id"].str(), f["status"].str(), f["score"].number(), strings(f["flags"]),
            {}};
  v.parent = f["parent"].str();
  v.title = f["title"].str();
  // Reports written before impacts had one called the weight `severity`.
  v.weight = f["weight"].str().empty() ? f["severity"].str() : f["weight"].str();
  std::set<std::string> evidence;
  for (const auto& r : f["rules"].items()) {
    if (!r["applicable"].boolean()) continue;
    v.rules.push_back({r["id"].str(), r["location"].str(), r["status"].str(), strings(r["flags"]),
                       r["due"].str()});
    add_evidence(r["elements"], evidence);
    add_evidence(r["contested_by"], evidence);
  }
  for (const auto& d : f["derived_from"].items()) {
    v.derived.push_back({d["obligation"].str(), d["mapping"].str(), d["relation"].str(),
                         d["status"].str(), d["score"].number()});
    for (const auto& id : d["evidence"].items()) evidence.insert(id.str());
  }
  v.evidence.assign(evidence.begin(), evidence.end());
  return v;
}

ClaimRecord claim_from_json(const JsonValue& c) {
  const auto& s = c["source"];
  return {c["date"].str(),  c["location"].str(), s["id"].str(),
          s["title"].str(), s["url"].str(),      strings(c["supersedes"])};
}

}  // namespace

std::string path_of(const std::string& location) {
  // "path:line:col": the path may itself hold colons, the last two fields are numbers.
  std::string out = location;
  for (int i = 0; i < 2; ++i) {
    auto colon = out.rfind(':');
    if (colon == std::string::npos ||
        out.find_first_not_of("0123456789", colon + 1) != std::string::npos ||
        colon + 1 == out.size())
      break;
    out.resize(colon);
  }
  return out;
}

namespace {

ClaimRecord claim_record(const model::Company& c, const model::Claim& cl) {
  ClaimRecord out{cl.date.str(), cl.loc.str(), "", "", "", {}};
  if (cl.source_index >= 0) {
    const auto& s = c.sources[static_cast<std::size_t>(cl.source_index)];
    out.source_id = s.id;
    out.source = s.title;
    out.url = s.url;
  }
  for (const auto& ref : cl.extras->supersedes) out.supersedes.push_back(ref.id);
  return out;
}

// The claims a finding reads, as the JSON report lists them (verdict_from_json).
std::set<int> evidence_of(const model::Workspace& ws, const model::Company& c,
                          const model::CompanyResult& cr, const model::Finding& f) {
  std::set<int> out;
  for (const auto& rr : f.rules) {
    if (!rr.applicable) continue;
    for (const auto* list : {&rr.elements, &rr.contested})
      for (const auto& er : *list) out.insert(er.claims.begin(), er.claims.end());
  }
  for (const auto& d : f.derived)
    for (int claim : resting_claims(ws, c, cr, source_of(ws, cr, d))) out.insert(claim);
  return out;
}

Verdict verdict_of(const model::Workspace& ws, const model::Company& c, const model::Finding& f) {
  std::string score = score_text(f);
  const auto& o = obligation_of(ws, f);
  const auto& fw = ws.frameworks[static_cast<std::size_t>(f.framework)];
  Verdict v{c.id,
            o.full_id,
            std::string(model::to_string(f.status)),
            score.empty() ? std::nullopt : std::optional<double>(rounded_score(f.score)),
            flag_names(f.flags),
            {}};
  if (o.parent != model::kNoParent)
    v.parent = fw.obligations[static_cast<std::size_t>(o.parent)].full_id;
  v.title = o.title;
  v.weight = std::string(model::to_string(f.severity));
  for (const auto& rr : f.rules)
    if (rr.applicable)
      v.rules.push_back({ws.rules[static_cast<std::size_t>(rr.rule)].id,
                         ws.rules[static_cast<std::size_t>(rr.rule)].loc.str(),
                         std::string(model::to_string(rr.status)), flag_names(rr.flags),
                         rr.due ? rr.due->str() : ""});
  for (const auto& d : f.derived)
    v.derived.push_back({d.from, ws.mappings[static_cast<std::size_t>(d.mapping)].id,
                         std::string(model::to_string(d.relation)),
                         std::string(model::to_string(d.status)), rounded_score(d.score)});
  return v;
}

}  // namespace

std::vector<Verdict> company_verdicts(const model::Workspace& ws,
                                      const std::vector<int>& frameworks,
                                      const model::CompanyResult& cr) {
  std::vector<Verdict> out;
  const auto& c = ws.companies[static_cast<std::size_t>(cr.company)];
  for (const auto& f : cr.findings)
    if (selected(ws, frameworks, f)) out.push_back(verdict_of(ws, c, f));
  return out;
}

std::vector<Verdict> company_verdicts(const model::Workspace& ws,
                                      const std::vector<int>& frameworks,
                                      const model::CompanyResult& cr,
                                      std::map<std::string, ClaimRecord>& claims) {
  std::vector<Verdict> out;
  const auto& c = ws.companies[static_cast<std::size_t>(cr.company)];
  for (const auto& f : cr.findings) {
    if (!selected(ws, frameworks, f)) continue;
    Verdict v = verdict_of(ws, c, f);
    for (int i : evidence_of(ws, c, cr, f)) {
      const auto& cl = c.claims[static_cast<std::size_t>(i)];
      v.evidence.push_back(cl.id);
      claims.emplace(cl.id, claim_record(c, cl));
    }
    std::sort(v.evidence.begin(), v.evidence.end());
    out.push_back(std::move(v));
  }
  for (int i : cr.unread)
    claims.emplace(c.claims[static_cast<std::size_t>(i)].id,
                   claim_record(c, c.claims[static_cast<std::size_t>(i)]));
  return out;
}

std::vector<Verdict> run_verdicts(const Run& run) {
  std::vector<Verdict> out;
  for (const auto& cr : run.results.companies)
    for (auto& v : company_verdicts(run.ws, run.frameworks, cr)) out.push_back(std::move(v));
  return out;
}

std::optional<ReportRecord> read_report(const JsonValue& json, std::string& error) {
  double version = json.is_object() ? json["schema_version"].number().value_or(0) : 0;
  if (!json.is_object() || (version != 1.0 && version != kReportSchemaVersion) ||
      !json["companies"].is_array()) {
    error = fmt::format("not an ungap JSON report (schema_version 1 or {})", kReportSchemaVersion);
    return std::nullopt;
  }
  ReportRecord r;
  r.derived_evidence = version >= 2;
  r.schema_version = static_cast<int>(version);
  r.as_of = json["as_of"].str();
  r.version = json["tool"]["version"].str();
  for (const auto& fw : json["frameworks"].items())
    for (const auto& o : fw["obligations"].items())
      r.obligation_digests.emplace(o["id"].str(),
                                   std::pair(o["sha256"].str(), o["location"].str()));
  for (const auto& rule : json["rules"].items())
    r.rule_digests.emplace(rule["id"].str(), rule["sha256"].str());
  for (const auto& in : json["inputs"].items())
    r.inputs.push_back({in["path"].str(), in["sha256"].str(), in["kind"].str()});
  for (const auto& c : json["companies"].items()) {
    r.companies.push_back(c["id"].str());
    auto& claims = r.claims[c["id"].str()];
    for (const auto& [id, claim] : c["claims"].members()) {
      r.company_files[c["id"].str()].insert(path_of(claim["location"].str()));
      claims.emplace(id, claim_from_json(claim));
    }
    for (const auto& claim : c["unread_claims"].items())
      claims.emplace(claim["id"].str(), claim_from_json(claim));
    // Non-assessable leaves are in the JSON but in no gap table: skip them alike. A finding
    // is listed when assessable or when it is some finding's parent.
    std::set<std::string> parents;
    for (const auto& f : c["findings"].items()) parents.insert(f["parent"].str());
    for (const auto& f : c["findings"].items())
      if (f["assessable"].boolean() || parents.count(f["id"].str()))
        r.verdicts.push_back(verdict_from_json(c["id"].str(), f));
  }
  return r;
}

const std::uintmax_t kMaxReportBytes = kMaxJsonBytes;

std::optional<ReportRecord> load_report(const std::string& path, std::string& error) {
  // Read with simdjson's padding after the text, so that it parses the text in place.
  auto read = util::read_file(path, kMaxReportBytes, simdjson::SIMDJSON_PADDING);
  if (!read.content) {
    error = read.error;
    return std::nullopt;
  }
  const std::string& text = *read.content;
  auto parsed = parse_json(text, text.capacity() - text.size() >= simdjson::SIMDJSON_PADDING);
  if (!parsed.value) {
    error = "not JSON: " + parsed.error;
    return std::nullopt;
  }
  return read_report(parsed.value->root(), error);
}

std::string fingerprint(const std::string& company, const std::string& obligation,
                        const std::string& rule) {
  return util::sha256_hex(company + "|" + obligation + "|" + rule);
}

std::map<std::string, std::string> failing_fingerprints(const Verdict& v, FailOn level) {
  std::map<std::string, std::string> out;
  if (!fails_on(level, v.status, v.flags)) return out;
  for (const auto& r : v.rules)
    if (fails_on(level, r.status, r.flags))
      out.emplace(fingerprint(v.company, v.obligation, r.id),
                  v.company + "|" + v.obligation + "|" + r.id);
  if (out.empty())
    out.emplace(fingerprint(v.company, v.obligation, ""), v.company + "|" + v.obligation + "|");
  return out;
}

}  // namespace ungap::report
