#include "report/baseline.h"

#include <fmt/format.h>

#include <set>

#include "report/definition_digest.h"
#include "util/single_line.h"
#include "util/version.h"

namespace ungap::report {

namespace {

std::string key(const Verdict& v) {
  return v.company + "|" + v.obligation;
}

struct Failure {
  std::string fingerprint, name;
  const Verdict* verdict;
};

// What fails at `level`, leaves only: a parent is left out when one of its parts fails, since
// the part already names the failure. In the verdicts' order, each verdict's rules by id.
std::vector<Failure> failing(const std::vector<const Verdict*>& verdicts, FailOn level) {
  std::set<std::string> failing_parents;
  for (const auto* v : verdicts)
    if (!v->parent.empty() && fails_on(level, v->status, v->flags))
      failing_parents.insert(v->company + "|" + v->parent);
  std::vector<Failure> out;
  for (const auto* v : verdicts) {
    if (failing_parents.count(key(*v))) continue;
    for (auto& [fp, name] : failing_fingerprints(*v, level)) out.push_back({fp, name, v});
  }
  return out;
}

// The verdicts ordered by company, then in report order.
std::vector<const Verdict*> by_company(const std::vector<Verdict>& verdicts,
                                       const std::set<std::string>* only) {
  std::vector<const Verdict*> out;
  for (const auto& v : verdicts)
    if (!only || only->count(key(v))) out.push_back(&v);
  std::stable_sort(out.begin(), out.end(),
                   [](const Verdict* a, const Verdict* b) { return a->company < b->company; });
  return out;
}

std::optional<Verdict> find(const std::map<std::string, const Verdict*>& index, const Verdict& v) {
  auto it = index.find(key(v));
  return it == index.end() ? std::nullopt : std::optional<Verdict>(*it->second);
}

std::map<std::string, const Verdict*> index(const std::vector<const Verdict*>& verdicts) {
  std::map<std::string, const Verdict*> out;
  for (const auto* v : verdicts) out.emplace(key(*v), v);
  return out;
}

}  // namespace

ReportRecord run_record(const model::Workspace& ws, const util::Date& as_of,
                        std::vector<Verdict> verdicts, ClaimsByCompany claims) {
  ReportRecord r;
  r.as_of = as_of.str();
  r.version = util::kVersion;
  for (const auto& in : ws.inputs) r.inputs.push_back({in.path, in.sha256, std::string(in.kind)});
  for (const auto& c : ws.companies) r.companies.push_back(c.id);
  for (const auto& rule : ws.rules) r.rule_digests.emplace(rule.id, rule_digest(rule));
  for (const auto& fw : ws.frameworks)
    for (const auto& o : fw.obligations)
      r.obligation_digests.emplace(o.full_id, std::pair(obligation_digest(fw, o), o.loc.str()));
  r.verdicts = std::move(verdicts);
  r.claims = std::move(claims);
  return r;
}

BaselineComparison compare_with_baseline(const ReportRecord& now, const ReportRecord& baseline,
                                         FailOn level) {
  // Only verdicts this run has can be fixed: a run narrowed by --company or --framework does not
  // "fix" what it did not look at.
  std::set<std::string> seen;
  for (const auto& v : now.verdicts) seen.insert(key(v));
  auto current = by_company(now.verdicts, nullptr);
  auto before = by_company(baseline.verdicts, &seen);
  auto now_failing = failing(current, level), old_failing = failing(before, level);
  std::set<std::string> now_fps, old_fps;
  for (const auto& f : now_failing) now_fps.insert(f.fingerprint);
  for (const auto& f : old_failing) old_fps.insert(f.fingerprint);
  auto old_index = index(before), now_index = index(current);
  CauseFinder finder(baseline, now);
  BaselineComparison out;
  auto item = [&](const Failure& f, std::optional<Verdict> a, std::optional<Verdict> b) {
    auto causes = finder.causes(a, b, {});
    return BaselineItem{f.name, std::move(a), std::move(b), std::move(causes)};
  };
  for (const auto& f : now_failing) {
    if (old_fps.count(f.fingerprint))
      ++out.known;
    else
      out.fresh.push_back(item(f, find(old_index, *f.verdict), *f.verdict));
  }
  for (const auto& f : old_failing)
    if (!now_fps.count(f.fingerprint))
      out.fixed.push_back(item(f, *f.verdict, find(now_index, *f.verdict)));
  return out;
}

std::string baseline_text(const BaselineComparison& cmp, const std::string& baseline_as_of,
                          FailOn level) {
  std::string out;
  auto list = [&out](std::string_view what, const std::vector<BaselineItem>& items) {
    for (const auto& i : items) {
      // Names and causes from the reports on one line each (util/single_line.h).
      out += fmt::format("{}: {} ({} -> {})\n", what, util::single_line(i.name),
                         verdict_text(i.before), verdict_text(i.after));
      for (const auto& c : i.causes) out += "    - " + util::single_line(c.text) + "\n";
      if (i.causes.empty()) out += "    - no cause found in the reports\n";
    }
  };
  list("new", cmp.fresh);
  list("fixed", cmp.fixed);
  out +=
      fmt::format("baseline {}: {} new, {} still failing, {} fixed (--fail-on {})\n",
                  baseline_as_of, cmp.fresh.size(), cmp.known, cmp.fixed.size(), to_string(level));
  return out;
}

}  // namespace ungap::report
