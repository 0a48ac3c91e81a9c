#include "engine/test_runner.h"

#include <cmath>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "engine/evaluate.h"

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
      fail(e.loc, fmt::format("expected flags {}, got {}", flag_list(want),
                              flag_list(f.flags.list())));
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
  parallel_for(tests.size(), jobs, [&](std::size_t i) {
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
  cov.frameworks.assign(measured.begin(), measured.end());
  std::set<std::string> untested_rules(cov.rules_without_test.begin(), cov.rules_without_test.end());
  auto has_tested_rule = [&](const std::string& id) {
    auto it = rules_of.find(id);
    if (it == rules_of.end()) return false;
    for (const auto* r : it->second)
      if (!untested_rules.count(r->id)) return true;
    return false;
  };
  // A leaf with no rule of its own is still assessed when a crosswalk carries it the verdict of
  // an obligation with a tested rule, or of a parent of one (OECD leaves from the UNGPs), so it
  // counts as covered.
  std::set<std::string> assessed;  // obligations with a tested rule, and their ancestors
  for (const auto& fw : ws.frameworks)
    for (const auto& ob : fw.obligations) {
      if (!has_tested_rule(ob.full_id)) continue;
      for (int i = ob.parent; i != model::kNoParent;
           i = fw.obligations[static_cast<std::size_t>(i)].parent)
        assessed.insert(fw.obligations[static_cast<std::size_t>(i)].full_id);
      assessed.insert(ob.full_id);
    }
  std::set<std::string> mapped_from_tested;
  for (const auto& m : ws.mappings)
    for (const auto& rel : m.relations)
      if (assessed.count(rel.from)) mapped_from_tested.insert(rel.to);
  for (const auto& fw : ws.frameworks) {
    if (!measured.count(fw.id)) continue;
    for (const auto& ob : fw.obligations) {
      if (!ob.leaf() || !ob.assessable) continue;
      ++cov.assessable;
      if (!rules_of.count(ob.full_id)) {
        if (mapped_from_tested.count(ob.full_id)) ++cov.covered;
        else cov.obligations_without_rule.push_back(ob.full_id);
        continue;
      }
      if (has_tested_rule(ob.full_id)) ++cov.covered;
      else cov.obligations_untested.push_back(ob.full_id);
    }
  }
  return cov;
}

}  // namespace ungap::engine
