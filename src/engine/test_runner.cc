#include "engine/test_runner.h"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "engine/evaluate.h"
#include "util/parallel.h"

namespace ungap::engine {

namespace {

const model::Finding* find(const model::CompanyResult& r, model::ObligationRef ref) {
  for (const auto& f : r.findings)
    if (f.framework == ref.framework && f.obligation == ref.obligation) return &f;
  return nullptr;
}

std::string flag_list(const std::vector<model::Flag>& flags) {
  std::string out;
  for (auto f : flags) out += (out.empty() ? "" : ", ") + std::string(model::to_string(f));
  return "[" + out + "]";
}

// The element's result in the finding's applicable rules, if any rule has that element.
std::optional<bool> element_met(const model::Workspace& ws, const model::Finding& f,
                                const std::string& id) {
  for (const auto& rr : f.rules) {
    if (!rr.applicable) continue;
    const auto& rule = ws.rules[static_cast<std::size_t>(rr.rule)];
    for (const auto& er : rr.elements)
      if (rule.elements[static_cast<std::size_t>(er.element)].id == id) return er.met;
  }
  return std::nullopt;
}

void compare(const model::Workspace& ws, const model::Expectation& e, const model::Finding& f,
             TestCaseResult& out) {
  auto fail = [&](const util::Location& loc, std::string msg) {
    out.failures.push_back({loc, out.name, fmt::format("{}: {}", e.obligation.id, msg)});
  };
  if (e.status && *e.status != f.status)
    fail(e.loc, fmt::format("expected status {}, got {}", model::to_string(*e.status),
                            model::to_string(f.status)));
  double score = std::round(f.score * 10) / 10;
  if (e.score && std::fabs(*e.score - score) > 0.05)
    fail(e.loc, fmt::format("expected score {}, got {}", *e.score, score));
  if (e.flags) {
    std::vector<model::Flag> want(e.flags->begin(), e.flags->end());
    if (want != f.flags.list())
      fail(e.loc,
           fmt::format("expected flags {}, got {}", flag_list(want), flag_list(f.flags.list())));
  }
  for (const auto& ee : e.elements) {
    auto met = element_met(ws, f, ee.id);
    if (!met)
      fail(ee.loc, fmt::format("no applicable rule has an element '{}'", ee.id));
    else if (*met != ee.met)
      fail(ee.loc, fmt::format("expected element '{}' {}, got {}", ee.id,
                               ee.met ? "met" : "not met", *met ? "met" : "not met"));
  }
}

}  // namespace

std::vector<TestCaseResult> run_tests(const CompiledWorkspace& cw, int jobs,
                                      util::Diagnostics& diags) {
  const auto& tests = cw.ws().tests;
  std::vector<TestCaseResult> results(tests.size());
  util::parallel_for(tests.size(), jobs, [&](std::size_t i) {
    const auto& t = tests[i];
    TestCaseResult& r = results[i];
    r.name = t.name;
    r.loc = t.loc;
    auto company = evaluate_company(cw, t.company, t.as_of.value_or(util::today()), diags);
    for (const auto& e : t.expect) {
      const model::Finding* f = find(company, cw.ws().find_obligation(e.obligation.id));
      if (f) compare(cw.ws(), e, *f, r);
    }
  });
  return results;
}

namespace {

using Covered = std::set<std::string>;  // full obligation ids

// Marks the parents of covered obligations: a mapping from a parent carries its status, which
// its covered parts decide.
void cover_parents(const model::Workspace& ws, Covered& covered) {
  for (const auto& fw : ws.frameworks)
    for (auto ob = fw.obligations.rbegin(); ob != fw.obligations.rend(); ++ob)
      if (ob->parent != model::kNoParent && covered.count(ob->full_id))
        covered.insert(fw.obligations[static_cast<std::size_t>(ob->parent)].full_id);
}

// The obligations with no rule of their own that get their verdict over a mapping from a
// covered one; mappings chain (letter -> UNGP -> OECD), so this repeats until nothing changes.
Covered covered_over_mappings(
    const model::Workspace& ws, Covered covered,
    const std::map<std::string, std::vector<const model::Rule*>>& rules_of) {
  Covered carried;
  for (bool changed = true; changed;) {
    changed = false;
    cover_parents(ws, covered);
    for (const auto& m : ws.mappings)
      for (const auto& r : m.relations) {
        if (!covered.count(r.from) || covered.count(r.to) || rules_of.count(r.to)) continue;
        covered.insert(r.to);
        carried.insert(r.to);
        changed = true;
      }
  }
  return carried;
}

}  // namespace

Coverage measure_coverage(const model::Workspace& ws, const std::vector<std::string>& frameworks) {
  Coverage cov;
  std::set<std::string> tested_obligations;
  for (const auto& t : ws.tests)
    for (const auto& e : t.expect) tested_obligations.insert(e.obligation.id);
  std::set<std::string> measured(frameworks.begin(), frameworks.end());
  std::map<std::string, std::vector<const model::Rule*>> rules_of;
  for (const auto& r : ws.rules) {
    bool tested = false;
    for (const auto& c : r.checks) {
      rules_of[c.id].push_back(&r);
      if (frameworks.empty()) measured.insert(std::string(model::split_ref(c.id).first));
      tested |= tested_obligations.count(c.id) > 0;
    }
    if (!tested) cov.rules_without_test.push_back(r.id);
  }
  std::set<std::string> untested_rules(cov.rules_without_test.begin(),
                                       cov.rules_without_test.end());
  Covered by_rule;
  for (const auto& [id, rules] : rules_of)
    for (const auto* r : rules)
      if (!untested_rules.count(r->id)) by_rule.insert(id);
  Covered by_mapping = covered_over_mappings(ws, by_rule, rules_of);
  for (const auto& fw : ws.frameworks) {
    if (!measured.count(fw.id)) continue;
    FrameworkCoverage& fc = cov.per_framework.emplace_back();
    fc.framework = fw.id;
    for (const auto& ob : fw.obligations) {
      if (!ob.leaf() || !ob.assessable) continue;
      ++fc.assessable;
      if (by_rule.count(ob.full_id))
        ++fc.covered;
      else if (by_mapping.count(ob.full_id)) {
        ++fc.covered, ++fc.over_mapping;
        cov.obligations_over_mapping.push_back(ob.full_id);
      } else if (rules_of.count(ob.full_id))
        cov.obligations_untested.push_back(ob.full_id);
      else
        cov.obligations_without_rule.push_back(ob.full_id);
    }
    cov.assessable += fc.assessable;
    cov.covered += fc.covered;
  }
  return cov;
}

}  // namespace ungap::engine
