#include "report/check_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "model/rule.h"
#include "report/matrix.h"
#include "report/output_target.h"
#include "report/pivot.h"

namespace ungap::report {

namespace {

std::string error_line(const std::string& message) {
  return "ungap: error: " + message;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

// A run with no framework, company or rule would report nothing and pass: a mistyped path
// in CI must not go green.
std::string nothing_to_check(const model::Workspace& ws, const CheckRequest& r) {
  std::vector<std::string> missing;
  if (ws.frameworks.empty()) missing.emplace_back("no framework");
  if (ws.companies.empty()) missing.emplace_back("no company");
  if (ws.rules.empty()) missing.emplace_back("no rule");
  if (missing.empty()) return "";
  return fmt::format("nothing to check under {}: {} was found", r.paths, joined(missing));
}

// Part of a workspace given (`ungap check statements/acme`): only its companies, and only the
// frameworks its files hold or its rules check, unless --company and --framework say which.
std::string narrow_to_selection(const engine::Selection& selection, const model::Workspace& ws,
                                const CheckRequest& r, std::vector<std::string>& companies,
                                std::vector<std::string>& frameworks) {
  if (selection.all()) return "";
  if (selection.none())
    return fmt::format("nothing to check under {}: it holds no workspace file", r.paths);
  auto selected = selection.companies(ws);
  for (const auto& id : companies)
    if (!selected.empty() && std::count(selected.begin(), selected.end(), id) == 0)
      return fmt::format("--company {} selects nothing: its statements are not under {}", id,
                         r.paths);
  if (companies.empty()) companies = selected;
  if (frameworks.empty()) frameworks = selection.frameworks(ws);
  return "";
}

// Whether each framework named with --framework can get a verdict: some rule checks one of its
// obligations, or a mapping leads into it. Otherwise every verdict would be not-assessed and
// `--fail-on` could never fail: the option would select nothing.
std::string unassessed(const model::Workspace& ws, const std::vector<std::string>& ids) {
  std::set<std::string> reached;
  for (const auto& rule : ws.rules)
    for (const auto& c : rule.checks) reached.insert(std::string(model::split_ref(c.id).first));
  for (const auto& m : ws.mappings) reached.insert(m.to);
  for (const auto& id : ids)
    if (!reached.count(id))
      return fmt::format(
          "--framework {} selects nothing to assess: no rule checks it and no mapping leads to it",
          id);
  return "";
}

// Options that do not go together, in the order they are checked: the line refusing each.
struct Clash {
  bool (*clashes)(const CheckRequest&);
  std::string (*line)(const CheckRequest&);
};

const Clash kClashes[] = {
    {[](const CheckRequest& r) { return same_file(r.baseline, r.output); },
     [](const CheckRequest& r) {
       return error_line("refusing to write the report over its --baseline " + r.baseline);
     }},
    {[](const CheckRequest& r) { return !r.group_by.empty() && !pivot_supports(r.format); },
     [](const CheckRequest& r) {
       return "ungap: --group-by works with --format table, md, csv, json, html or xlsx, not " +
              r.format;
     }},
    {[](const CheckRequest& r) { return r.matrix && !r.group_by.empty(); },
     [](const CheckRequest&) {
       return error_line(
           "--layout matrix shows each company's verdicts side by side and --group-by each "
           "impact's verdicts by group: use one or the other");
     }},
    {[](const CheckRequest& r) { return r.matrix && !matrix_stream(r.format); },
     [](const CheckRequest& r) {
       return error_line("--layout matrix works with --format table, md or csv, not " + r.format);
     }},
};

// `--baseline`'s report, or the line saying why it cannot be read.
std::optional<ReportRecord> read_baseline(const std::string& path,
                                          std::vector<std::string>& problems) {
  std::string error;
  auto record = load_report(path, error);
  if (!record) problems.push_back(fmt::format("ungap: --baseline {}: {}", path, error));
  return record;
}

}  // namespace

FailOn CheckRequest::level() const {
  if (fail_on) return *fail_on;
  return baseline.empty() ? FailOn::kNever : FailOn::kGap;
}

CheckRunOptions CheckPlan::run_options(const CheckRequest& r, bool color) const {
  return {r.format, r.output, r.level(),  r.group_by,
          r.matrix, color,    frameworks, baseline ? &*baseline : nullptr};
}

CheckPlan plan_check(const model::Workspace& ws, const engine::Selection& selection,
                     const CheckRequest& r) {
  CheckPlan plan;
  plan.companies = r.companies;
  std::vector<std::string> frameworks = r.frameworks;
  std::string why = nothing_to_check(ws, r);
  if (why.empty()) why = narrow_to_selection(selection, ws, r, plan.companies, frameworks);
  if (!why.empty()) {
    plan.problems.push_back(error_line(why));
    return plan;
  }
  // Every unknown framework is named, then (when all are known) every unknown company.
  std::vector<std::string> unknown;
  plan.frameworks = engine::named_frameworks(ws, frameworks, unknown);
  if (unknown.empty()) engine::check_company_ids(ws, plan.companies, unknown);
  if (unknown.empty()) why = unassessed(ws, frameworks);
  if (!why.empty()) unknown.push_back(why);
  for (const auto& u : unknown) plan.problems.push_back(error_line(u));
  return plan;
}

void settle_check(const model::Workspace& ws, const CheckRequest& r, CheckPlan& plan) {
  for (const Clash& c : kClashes)
    if (c.clashes(r)) {
      plan.problems.push_back(c.line(r));
      return;
    }
  if (!r.baseline.empty() && !(plan.baseline = read_baseline(r.baseline, plan.problems))) return;
  std::string why = engine::check_work_limit(ws, plan.companies, r.as_of, r.max_work);
  if (why.empty()) why = output_over_input(r.output, ws);
  if (!why.empty()) plan.problems.push_back(error_line(why));
}

}  // namespace ungap::report
