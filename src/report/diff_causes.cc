#include "report/diff_causes.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace ungap::report {

namespace {

std::string key(const std::string& company, const std::string& obligation) {
  return company + "|" + obligation;
}

std::map<std::string, const Verdict*> index(const ReportRecord& r) {
  std::map<std::string, const Verdict*> out;
  for (const auto& v : r.verdicts) out.emplace(key(v.company, v.obligation), &v);
  return out;
}

std::set<std::string> changed_files(const ReportRecord& a, const ReportRecord& b) {
  std::map<std::string, std::string> old_sha;
  for (const auto& in : a.inputs) old_sha[in.path] = in.sha256;
  std::set<std::string> out;
  for (const auto& in : b.inputs) {
    auto it = old_sha.find(in.path);
    if (it == old_sha.end() || it->second != in.sha256) out.insert(in.path);
    if (it != old_sha.end()) old_sha.erase(it);
  }
  for (const auto& [path, sha] : old_sha) out.insert(path);
  return out;
}

// "claim ID (DATE, source SOURCE)": the claim as a reader finds it again in the statements
// (the JSON output adds the source's title and URL).
std::string claim_text(const std::string& id, const ClaimRecord& c) {
  std::string what = c.date;
  if (!c.source_id.empty()) what += ", source " + c.source_id;
  return fmt::format("claim {} ({})", id, what);
}

bool has(const std::vector<std::string>& items, const std::string& s) {
  return std::find(items.begin(), items.end(), s) != items.end();
}

const RuleVerdict* rule_in(const Verdict& v, const std::string& id) {
  for (const auto& r : v.rules)
    if (r.id == id) return &r;
  return nullptr;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// A verdict only one report has: its obligation, or its company, is missing from `other`.
Cause one_sided(const Verdict& v, const ReportRecord& other, std::string_view which,
                std::string_view change) {
  if (std::find(other.companies.begin(), other.companies.end(), v.company) == other.companies.end())
    return {fmt::format("company-{}", change),
            fmt::format("the {} report does not have the company", which), v.company};
  return {fmt::format("obligation-{}", change),
          fmt::format("the {} report has no verdict on it", which), v.obligation};
}

}  // namespace

std::string verdict_text(const std::optional<Verdict>& v) {
  if (!v) return "-";
  std::string out = v->status;
  if (v->score) out += fmt::format(" {}", *v->score);
  if (!v->flags.empty()) out += " [" + joined(v->flags) + "]";
  return out;
}

CauseFinder::CauseFinder(const ReportRecord& a, const ReportRecord& b)
    : m_a(a), m_b(b), m_old(index(a)), m_new(index(b)) {
  // Without inputs on both sides no file can be shown to have changed.
  if (!a.inputs.empty() && !b.inputs.empty()) m_changed_files = changed_files(a, b);
}

const ClaimRecord* CauseFinder::claim(const ReportRecord& r, const std::string& company,
                                      const std::string& id) const {
  auto c = r.claims.find(company);
  if (c == r.claims.end()) return nullptr;
  auto it = c->second.find(id);
  return it == c->second.end() ? nullptr : &it->second;
}

std::string CauseFinder::source_text(const std::map<std::string, const Verdict*>& index,
                                     const std::string& company,
                                     const std::string& obligation) const {
  auto it = index.find(key(company, obligation));
  return it == index.end() ? "-" : verdict_text(*it->second);
}

bool CauseFinder::file_changed(const std::string& location) const {
  return m_changed_files.count(path_of(location)) > 0;
}

std::vector<Cause> CauseFinder::causes(const std::optional<Verdict>& before,
                                       const std::optional<Verdict>& after,
                                       const std::vector<std::string>& parts) const {
  std::vector<Cause> out;
  if (!before || !after) {
    out.push_back(one_sided(before ? *before : *after, before ? m_b : m_a, before ? "new" : "old",
                            before ? "removed" : "added"));
    return out;
  }
  obligation(*before, *after, out);
  rules(*before, *after, out);
  deadlines(*before, *after, out);
  claims(*before, *after, out);
  sources(*before, *after, out);
  if (!parts.empty())
    out.push_back({"parts-changed", "its parts changed: " + joined(parts), joined(parts)});
  return out;
}

void CauseFinder::claims(const Verdict& before, const Verdict& after,
                         std::vector<Cause>& out) const {
  for (const auto& id : after.evidence)
    if (!std::binary_search(before.evidence.begin(), before.evidence.end(), id))
      gained(after.company, id, out);
  for (const auto& id : before.evidence)
    if (!std::binary_search(after.evidence.begin(), after.evidence.end(), id))
      lost(before.company, id, out);
}

// A claim the new verdict reads and the old one did not.
void CauseFinder::gained(const std::string& company, const std::string& id,
                         std::vector<Cause>& out) const {
  const ClaimRecord* c = claim(m_b, company, id);
  if (!c) return;
  std::string text = claim_text(id, *c);
  if (c->date > m_a.as_of && c->date <= m_b.as_of)
    out.push_back({"claim-visible",
                   fmt::format("{} became visible (dated after {})", text, m_a.as_of), id, *c});
  else if (claim(m_a, company, id))
    out.push_back({"claim-read", text + " now counts as evidence", id, *c});
  else if (file_changed(c->location))
    out.push_back({"claim-added", text + " was added (the old report does not have it)", id, *c});
}

// A claim the old verdict read and the new one does not.
void CauseFinder::lost(const std::string& company, const std::string& id,
                       std::vector<Cause>& out) const {
  const ClaimRecord* c = claim(m_a, company, id);
  if (!c) return;
  std::string text = claim_text(id, *c);
  if (c->date > m_b.as_of) {
    out.push_back({"claim-hidden",
                   fmt::format("{} is dated after {}, not visible then", text, m_b.as_of), id, *c});
    return;
  }
  if (auto it = m_b.claims.find(company); it != m_b.claims.end())
    for (const auto& [other, record] : it->second)
      if (has(record.supersedes, id)) {
        out.push_back({"claim-superseded",
                       fmt::format("{} was superseded by {}", text, claim_text(other, record)), id,
                       *c});
        return;
      }
  if (claim(m_b, company, id))
    out.push_back({"claim-unread", text + " no longer counts as evidence", id, *c});
  else if (file_changed(c->location))
    out.push_back(
        {"claim-removed", text + " was removed (the new report does not have it)", id, *c});
}

void CauseFinder::deadlines(const Verdict& before, const Verdict& after,
                            std::vector<Cause>& out) const {
  for (const auto& r : after.rules) {
    const RuleVerdict* old = rule_in(before, r.id);
    if (!old || r.due.empty()) continue;
    bool was_overdue = has(old->flags, "overdue"), overdue = has(r.flags, "overdue");
    // Overdue means due before as_of: the date crossed the deadline between the reports.
    if (overdue && !was_overdue && r.due >= m_a.as_of && r.due < m_b.as_of)
      out.push_back({"deadline-passed",
                     fmt::format("the deadline {} of rule {} passed, unmet (overdue)", r.due, r.id),
                     r.id});
    if (was_overdue && !overdue && r.due >= m_b.as_of && r.due < m_a.as_of)
      out.push_back({"deadline-ahead",
                     fmt::format("the deadline {} of rule {} is not yet passed on {}", r.due, r.id,
                                 m_b.as_of),
                     r.id});
    if (has(r.flags, "late") && !has(old->flags, "late"))
      out.push_back({"late",
                     fmt::format("rule {} is met only by evidence dated after its deadline {} "
                                 "(late)",
                                 r.id, r.due),
                     r.id});
  }
}

void CauseFinder::rules(const Verdict& before, const Verdict& after,
                        std::vector<Cause>& out) const {
  auto digest = [](const ReportRecord& r, const std::string& id) -> const std::string* {
    auto it = r.rule_digests.find(id);
    return it == r.rule_digests.end() ? nullptr : &it->second;
  };
  for (const auto& r : after.rules) {
    const std::string *old = digest(m_a, r.id), *now = digest(m_b, r.id);
    if (!rule_in(before, r.id))
      out.push_back(
          old ? Cause{"rule-applies", "rule " + r.id + " now applies", r.id}
              : Cause{"rule-added", "rule " + r.id + " was added (" + r.location + ")", r.id});
    if (old && now && !old->empty() && !now->empty() && *old != *now)
      out.push_back({"rule-changed", "rule " + r.id + " changed (" + r.location + ")", r.id});
  }
  for (const auto& r : before.rules)
    if (!rule_in(after, r.id))
      out.push_back(
          digest(m_b, r.id)
              ? Cause{"rule-no-longer-applies", "rule " + r.id + " no longer applies", r.id}
              : Cause{"rule-removed", "rule " + r.id + " was removed", r.id});
}

void CauseFinder::obligation(const Verdict& before, const Verdict& after,
                             std::vector<Cause>& out) const {
  auto a = m_a.obligation_digests.find(after.obligation);
  auto b = m_b.obligation_digests.find(after.obligation);
  if (a != m_a.obligation_digests.end() && b != m_b.obligation_digests.end() &&
      a->second.first != b->second.first)
    out.push_back({"obligation-changed",
                   fmt::format("the obligation changed ({})", b->second.second), after.obligation});
  // The weight is the obligation's or its rules' severity. Reports that predate the field read
  // it as "": only a difference both carry is a change.
  if (!before.weight.empty() && !after.weight.empty() && before.weight != after.weight)
    out.push_back({"weight-changed",
                   fmt::format("its weight changed: {} -> {}", before.weight, after.weight),
                   after.obligation});
}

// A verdict carried over mappings changes when a source's does, or the sources change.
void CauseFinder::sources(const Verdict& before, const Verdict& after,
                          std::vector<Cause>& out) const {
  auto find = [](const Verdict& v, const std::string& ob) -> const DerivedRecord* {
    for (const auto& d : v.derived)
      if (d.obligation == ob) return &d;
    return nullptr;
  };
  for (const auto& d : after.derived) {
    const DerivedRecord* old = find(before, d.obligation);
    if (!old) {
      out.push_back({"source-changed",
                     fmt::format("now carried from {} over {}", d.obligation, d.mapping),
                     d.obligation});
      continue;
    }
    std::string was = source_text(m_old, before.company, d.obligation);
    std::string now = source_text(m_new, after.company, d.obligation);
    if (was != now)
      out.push_back(
          {"source-changed",
           fmt::format("carried from {}, whose verdict changed: {} -> {}", d.obligation, was, now),
           d.obligation});
    else if (old->relation != d.relation)
      out.push_back({"source-changed",
                     fmt::format("the relation from {} changed: {} -> {}", d.obligation,
                                 old->relation, d.relation),
                     d.obligation});
  }
  for (const auto& d : before.derived)
    if (!find(after, d.obligation))
      out.push_back({"source-changed", "no longer carried from " + d.obligation, d.obligation});
}

}  // namespace ungap::report
