#include "engine/compiled_workspace.h"

#include "expr/rule_env.h"

namespace ungap::engine {

namespace {

std::optional<expr::Program> compile(const util::LocatedText& text, const expr::Env& env,
                                     const expr::CompileOptions& o, util::Diagnostics& diags) {
  auto r = expr::compile(text.text, env, o);
  for (const auto& e : r.errors) diags.error(text.at(e.offset), e.message, "expr");
  return r.program;
}

std::vector<CompiledElement> compile_elements(const std::vector<model::Element>& elements,
                                              const expr::Env& env, const expr::CompileOptions& o,
                                              MatchEngine engine, util::Diagnostics& diags) {
  std::vector<CompiledElement> out;
  for (const auto& e : elements) {
    auto p = compile(e.match, env, o, diags);
    // A program that failed to compile never matches; `load` has reported it already.
    if (!p) p = expr::compile("false", env).program;
    out.push_back({*p, MatchPlan(*p, engine)});
  }
  return out;
}

}  // namespace

CompiledWorkspace::CompiledWorkspace(const model::Workspace& ws, util::Diagnostics& diags,
                                     const expr::Limits& limits, MatchEngine engine)
    : m_ws(ws), m_budget(limits) {
  expr::CompileOptions o;
  o.limits = limits;
  for (const auto& fw : ws.frameworks) {
    auto& aw = m_applies_when.emplace_back();
    for (const auto& ob : fw.obligations)
      aw.push_back(ob.applies_when ? compile(*ob.applies_when, expr::when_env(), o, diags)
                                   : std::nullopt);
    m_rules_by_obligation.emplace_back(fw.obligations.size());
    m_mapped_from.emplace_back(fw.obligations.size());
  }
  for (std::size_t i = 0; i < ws.rules.size(); ++i) {
    const auto& r = ws.rules[i];
    CompiledRule cr;
    bool per_impact = r.per == model::RulePer::kImpact;
    const expr::Env& when = expr::when_env(per_impact);
    const expr::Env& match = expr::match_env(per_impact);
    if (r.when) cr.when = compile(*r.when, when, o, diags);
    cr.elements = compile_elements(r.elements, match, o, engine, diags);
    cr.contested = compile_elements(r.contested_by, match, o, engine, diags);
    m_rules.push_back(std::move(cr));
    for (const auto& c : r.checks) {
      auto ref = ws.find_obligation(c.id);
      if (!ref.valid()) continue;
      auto& list = m_rules_by_obligation[static_cast<std::size_t>(ref.framework)]
                                        [static_cast<std::size_t>(ref.obligation)];
      if (list.empty() || list.back() != static_cast<int>(i)) list.push_back(static_cast<int>(i));
    }
  }
  for (std::size_t m = 0; m < ws.mappings.size(); ++m) {
    for (const auto& rel : ws.mappings[m].relations) {
      auto from = ws.find_obligation(rel.from);
      auto to = ws.find_obligation(rel.to);
      if (!from.valid() || !to.valid()) continue;
      m_mapped_from[static_cast<std::size_t>(to.framework)][static_cast<std::size_t>(to.obligation)]
          .push_back({from, rel.relation, static_cast<int>(m)});
    }
  }
}

}  // namespace ungap::engine
