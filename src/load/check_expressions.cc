// Expressions are parsed and type-checked at load, so a typo in a rule is a lint error at the
// exact line and column inside the YAML file (quoted and folded scalars included).
#include <fmt/format.h>

#include "expr/cost.h"
#include "expr/program.h"
#include "expr/rule_env.h"
#include "load/resolve.h"
#include "load/vocabulary_file.h"
#include "util/parallel.h"

namespace ungap::load {

namespace {

void check(const util::LocatedText& text, const expr::Env& env, std::string_view what,
           const expr::CompileOptions& options, const model::Vocabulary& vocabulary,
           util::Diagnostics& diags) {
  if (text.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    diags.error(text.loc, fmt::format("{} is empty", what), "expr-syntax");
    return;
  }
  auto result = expr::compile(text.text, env, options);
  for (const auto& e : result.errors) diags.error(text.at(e.offset), e.message, "expr");
  if (!result.ok()) return;
  if (int depth = expr::comprehension_nesting(result.program->root());
      depth >= expr::kWarnComprehensionNesting)
    diags.warning(text.loc,
                  fmt::format("{} nests {} comprehensions over lists: each level multiplies the "
                              "work by its list's length (two-element lists {} deep take 2^{} "
                              "steps); evaluation stops at --max-eval-steps",
                              what, depth, depth, depth),
                  "expr-cost");
  check_rule_terms(result.program->root(), text, vocabulary, diags);
  const expr::Type& type = result.program->result_type();
  if (type.kind() != expr::TypeKind::kBool && !type.is_dyn()) {
    diags.error(text.loc,
                fmt::format("{} must be a bool expression, but it is {}", what, type.to_string()),
                "expr-type");
  }
}

}  // namespace

void check_expressions(const model::Workspace& ws, const expr::Limits& limits, int jobs,
                       util::Diagnostics& diags) {
  expr::CompileOptions o;
  o.limits = limits;
  for (const auto& fw : ws.frameworks)
    for (const auto& ob : fw.obligations)
      if (ob.applies_when)
        check(*ob.applies_when, expr::when_env(), "applies_when", o, ws.vocabulary, diags);
  // Rules are checked on several threads (diagnostics are collected thread-safely and sorted).
  util::parallel_for(ws.rules.size(), jobs, [&](std::size_t i) {
    const auto& r = ws.rules[i];
    bool per_impact = r.per == model::RulePer::kImpact;
    const expr::Env& when = expr::when_env(per_impact);
    const expr::Env& match = expr::match_env(per_impact);
    if (r.when) check(*r.when, when, "when", o, ws.vocabulary, diags);
    for (const auto& e : r.elements) check(e.match, match, "match", o, ws.vocabulary, diags);
    for (const auto& e : r.contested_by) check(e.match, match, "match", o, ws.vocabulary, diags);
  });
}

}  // namespace ungap::load
