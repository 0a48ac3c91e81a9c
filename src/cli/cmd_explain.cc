// `ungap explain COMPANY OBLIGATION`: why one verdict is what it is.
#include <cstdio>
#include <map>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/run_setup.h"
#include "engine/evaluate.h"
#include "engine/selection.h"
#include "report/explain.h"

namespace ungap::cli {

namespace {

struct ExplainOptions {
  std::string company;
  std::string obligation;
  InputOptions inputs;
  std::string as_of = "today";
  std::string format = "text";
};

using ExplainRender = std::string (*)(const report::Explanation&);
const std::map<std::string, ExplainRender> kExplainRenderers{{"text", report::explain_text},
                                                             {"md", report::explain_markdown},
                                                             {"json", report::explain_json}};

int explain(const ExplainOptions& o) {
  auto as_of = parse_as_of(o.as_of);
  if (!as_of) return kCannotRun;
  util::Diagnostics diags;
  auto loaded = load_inputs(o.inputs, diags);
  if (!loaded || print_diagnostics(diags, &*loaded)) return kCannotRun;
  const model::Workspace& ws = loaded->ws;
  std::vector<std::string> problems;
  engine::check_company_ids(ws, {o.company}, problems);
  if (refused(problems)) return kCannotRun;
  auto ref = engine::named_obligation(ws, o.obligation, problems);
  if (refused(problems)) return kCannotRun;
  util::Diagnostics eval_diags;
  engine::CompiledWorkspace cw(ws, eval_diags, o.inputs.limits.expr);
  const model::Company& company = *ws.company(o.company);
  auto result = engine::evaluate_company(cw, company, *as_of, eval_diags);
  print_diagnostics(eval_diags, &*loaded);
  if (cw.budget().exceeded()) return kCannotRun;
  for (const auto& f : result.findings) {
    if (f.framework != ref.framework || f.obligation != ref.obligation) continue;
    auto e = report::explanation(ws, company, result, f, *as_of, &cw);
    std::string out = kExplainRenderers.at(o.format)(e);
    std::fwrite(out.data(), 1, out.size(), stdout);
    break;  // one finding per company and obligation
  }
  return kOk;
}

}  // namespace

void add_explain_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<ExplainOptions>();
  auto* cmd = app.add_subcommand("explain", "Explain one verdict: rule, elements, claims, flags");
  cmd->add_option("company", o->company, "Company id")->required();
  cmd->add_option("obligation", o->obligation, "Full obligation id, e.g. ungp/19.end-relationship")
      ->required();
  add_input_options(*cmd, o->inputs);
  cmd->add_option("--as-of", o->as_of, "Evaluate as of this date (YYYY-MM-DD or today)")
      ->capture_default_str();
  cmd->add_option("--format", o->format, "Output format: text, md or json")
      ->check(CLI::IsMember({"text", "md", "json"}))
      ->capture_default_str();
  cmd->callback([o, &exit_code] { exit_code = explain(*o); });
}

}  // namespace ungap::cli
