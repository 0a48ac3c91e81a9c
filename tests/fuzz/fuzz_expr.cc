// Fuzz target: the expression compiler, type checker and evaluator. The first byte picks the
// environment (`match` or `when`) and whether types are checked at compile time (CEL's
// disable_check, so ill-typed programs reach the evaluator too); the rest is the expression,
// evaluated on a fixed company and each of its claims.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "engine/company_view.h"
#include "expr/program.h"
#include "expr/rule_env.h"
#include "fuzz_common.h"

namespace {

using namespace ungap;

constexpr std::string_view kCompany = R"(company:
  id: acme
  name: Acme "Cloud" Ltd
  sectors: [cloud, ai]
  countries: [us, il]
  contexts: [conflict-affected-areas]
  attributes: {employees: 221000, listed: true, revenue: 2.5e11, hq: redmond}
sources:
  - {id: s1, title: Policy, publisher: Acme, by: company, kind: policy, date: 2025-01-31}
  - {id: s2, title: News, publisher: Paper, by: third-party, kind: news, date: 2025-08-06,
     url: "https://example.org/x"}
claims:
  - {id: c1, source: s1, kind: commitment, topics: [human-rights-policy, remedy],
     quote: "We respect human rights", scope: {services: [cloud, ai], all: true}}
  - {id: c2, source: s2, kind: allegation, topics: [surveillance], summary: "Data stored", by: third-party}
  - {id: c3, source: s1, kind: action, topics: [suspension], supersedes: [c1], date: 2025-09-25}
)";

struct Fixture {
  model::Workspace ws;
  util::Date as_of = util::date_from_civil(2025, 10, 10);
  std::unique_ptr<engine::CompanyView> view;

  Fixture() {
    util::Diagnostics diags;
    auto limits = fuzz::fuzz_limits();
    fuzz::load_bytes(ws, "company.yaml", kCompany, limits, diags);
    fuzz::resolve_workspace(ws, limits, diags);
    if (diags.has_errors() || ws.companies.empty()) {  // the fixture itself is wrong
      for (const auto& d : diags.sorted()) std::fputs(util::render_text(d).c_str(), stderr);
      std::abort();
    }
    view = std::make_unique<engine::CompanyView>(ws.companies[0], as_of);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Fixture fixture;
  if (size == 0) return 0;
  const bool match = data[0] & 1;
  expr::CompileOptions options;
  options.check_types = !(data[0] & 2);
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const expr::Env& env = match ? expr::match_env() : expr::when_env();
  auto result = expr::compile(text, env, options);
  if (!result.ok()) return 0;
  const engine::CompanyView& view = *fixture.view;
  expr::Activation act(env);
  act.set(expr::RuleSlot::kCompany, view.company_value());
  act.set(expr::RuleSlot::kAsOf, view.as_of_value());
  if (!match) {
    result.program->evaluate(act);
    return 0;
  }
  for (int claim : view.visible()) {
    act.set(expr::RuleSlot::kClaim, view.claim_value(claim));
    result.program->evaluate(act);
  }
  return 0;
}
