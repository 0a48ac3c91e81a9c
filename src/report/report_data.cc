#include "report/report_data.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ungap::report {

bool listed(const model::Workspace& ws, const model::Finding& f) {
  const auto& o = obligation_of(ws, f);
  return !(o.leaf() && !o.assessable);
}

const model::Obligation& obligation_of(const model::Workspace& ws, const model::Finding& f) {
  return ws.frameworks[static_cast<std::size_t>(f.framework)]
      .obligations[static_cast<std::size_t>(f.obligation)];
}

EvidenceLine evidence_line(const model::Company& c, int claim_index) {
  const auto& cl = c.claims[static_cast<std::size_t>(claim_index)];
  EvidenceLine e;
  e.claim_id = cl.id;
  e.quoted = !cl.quote.empty();
  e.text = e.quoted ? cl.quote : cl.summary;
  e.date = cl.date.str();
  if (cl.source_index >= 0) {
    const auto& s = c.sources[static_cast<std::size_t>(cl.source_index)];
    e.source_id = s.id;
    e.source = s.title.empty() ? s.id : s.title;
    if (!s.publisher.empty()) e.source += ", " + s.publisher;
    e.url = s.url;
    e.quality = std::string(model::to_string(s.quality));
  }
  return e;
}

namespace {

std::vector<EvidenceLine> collect(const model::Company& c, const model::Finding& f, bool contested,
                                  std::size_t max) {
  std::vector<EvidenceLine> out;
  std::vector<int> seen;
  for (const auto& rr : f.rules) {
    if (!rr.applicable) continue;
    for (const auto& er : contested ? rr.contested : rr.elements) {
      if (!er.met || er.claims.empty()) continue;
      int claim = er.claims.front();
      if (std::find(seen.begin(), seen.end(), claim) != seen.end()) continue;
      seen.push_back(claim);
      if (out.size() < max) out.push_back(evidence_line(c, claim));
    }
  }
  return out;
}

}  // namespace

std::vector<EvidenceLine> evidence(const model::Workspace&, const model::Company& c,
                                   const model::Finding& f, std::size_t max) {
  return collect(c, f, false, max);
}

std::vector<EvidenceLine> contest_evidence(const model::Workspace&, const model::Company& c,
                                           const model::Finding& f, std::size_t max) {
  return collect(c, f, true, max);
}

std::vector<std::string> missing(const model::Workspace& ws, const model::Finding& f) {
  std::vector<std::string> out;
  for (const auto& rr : f.rules) {
    if (!rr.applicable) continue;
    const auto& rule = ws.rules[static_cast<std::size_t>(rr.rule)];
    for (const auto& er : rr.elements) {
      if (er.met) continue;
      const auto& el = rule.elements[static_cast<std::size_t>(er.element)];
      out.push_back(el.text.empty() ? el.id : el.text);
    }
  }
  return out;
}

const model::Finding& finding_at(const model::Workspace& ws, const model::CompanyResult& cr, int fw,
                                 int ob) {
  std::size_t at = static_cast<std::size_t>(ob);
  for (int i = 0; i < fw; ++i) at += ws.frameworks[static_cast<std::size_t>(i)].obligations.size();
  return cr.findings[at];
}

const model::Finding& source_of(const model::Workspace& ws, const model::CompanyResult& cr,
                                const model::Derivation& d) {
  return finding_at(ws, cr, d.framework, d.obligation);
}

namespace {

// The evidence of a rule's met elements and, for a rule per impact, of each impact's.
void add_met(const model::RuleResult& rr, std::vector<int>& out) {
  if (!rr.applicable) return;
  for (const auto& er : rr.elements)
    if (er.met) out.insert(out.end(), er.claims.begin(), er.claims.end());
  for (const auto& ir : rr.impacts) add_met(ir, out);
}

void add_resting(const model::Workspace& ws, const model::CompanyResult& cr,
                 const model::Finding& f, std::vector<int>& out, int depth) {
  // Mappings and parts never loop (a verdict is carried only from one already reached), but a
  // bound keeps a malformed result from recursing without end.
  if (depth > 32) return;
  for (const auto& rr : f.rules) add_met(rr, out);
  const auto& o = obligation_of(ws, f);
  for (int child : o.children) {
    const auto& cf = finding_at(ws, cr, f.framework, child);
    if (cf.status == model::Status::kMet || cf.status == model::Status::kPartial)
      add_resting(ws, cr, cf, out, depth + 1);
  }
  for (const auto& d : f.derived) add_resting(ws, cr, source_of(ws, cr, d), out, depth + 1);
}

void cite(const model::RuleResult& rr, std::set<int>& cited) {
  for (const auto& er : rr.elements) cited.insert(er.claims.begin(), er.claims.end());
  for (const auto& er : rr.contested) cited.insert(er.claims.begin(), er.claims.end());
  for (const auto& ir : rr.impacts) cite(ir, cited);
}

}  // namespace

std::vector<int> resting_claims(const model::Workspace& ws, const model::Company& c,
                                const model::CompanyResult& cr, const model::Finding& f) {
  std::vector<int> out;
  add_resting(ws, cr, f, out, 0);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  std::sort(out.begin(), out.end(), [&](int a, int b) {
    const auto& ca = c.claims[static_cast<std::size_t>(a)];
    const auto& cb = c.claims[static_cast<std::size_t>(b)];
    if (ca.date != cb.date) return cb.date < ca.date;
    return ca.id < cb.id;
  });
  return out;
}

std::set<int> cited_claims(const model::CompanyResult& cr) {
  std::set<int> cited;
  for (const auto& f : cr.findings)
    for (const auto& rr : f.rules) cite(rr, cited);
  return cited;
}

std::string flags_text(const model::FlagSet& flags) {
  std::string out;
  for (auto f : flags.list()) out += (out.empty() ? "" : ", ") + std::string(model::to_string(f));
  return out;
}

double rounded_score(double score) {
  return std::round(score * 10) / 10;
}

std::string score_text(const model::Finding& f) {
  if (f.status == model::Status::kNotApplicable || f.status == model::Status::kNotAssessed)
    return "";
  return fmt::format("{}", rounded_score(f.score));
}

std::string derived_text(const model::Finding& f) {
  std::string out;
  for (const auto& d : f.derived)
    out += fmt::format("{}{} ({})", out.empty() ? "" : ", ", d.from, model::to_string(d.relation));
  return out;
}

std::string rules_text(const model::Workspace& ws, const model::Finding& f) {
  std::string out;
  for (const auto& rr : f.rules)
    out += (out.empty() ? "" : ", ") + ws.rules[static_cast<std::size_t>(rr.rule)].id;
  return out;
}

void StatusCounts::add(model::Status s) {
  switch (s) {
    case model::Status::kMet:
      ++met;
      break;
    case model::Status::kPartial:
      ++partial;
      break;
    case model::Status::kGap:
      ++gap;
      break;
    case model::Status::kNotApplicable:
      ++not_applicable;
      break;
    case model::Status::kNotAssessed:
      ++not_assessed;
      break;
  }
}

std::string StatusCounts::str() const {
  return fmt::format("{} met, {} partial, {} gap, {} not-applicable, {} not-assessed", met, partial,
                     gap, not_applicable, not_assessed);
}

}  // namespace ungap::report
