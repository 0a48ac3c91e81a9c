#pragma once
// What `ungap check` will do, decided before anything is evaluated: which frameworks and
// companies (narrowed to the part of a workspace the paths asked for), whether the options go
// together, the `--baseline` read, and whether the run is within `--max-work` and may write
// where `-o` says. Each refusal is a line for standard error ("ungap: error: ..."), the first
// problem found ending the plan; cli/cmd_check.cc prints them (exit 2), and a plan without
// problems gives the check run (report/check_run.h) its options.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/selection.h"
#include "engine/work_limit.h"
#include "model/workspace.h"
#include "report/check_run.h"
#include "report/fail_on.h"
#include "report/verdicts.h"
#include "util/date.h"

namespace ungap::report {

// What the command line asked for.
struct CheckRequest {
  std::vector<std::string> frameworks;  // --framework; none: all, or those of the part given
  std::vector<std::string> companies;   // --company; none: all, or those of the part given
  std::string format;                   // a name from report_formats()
  std::string output;                   // -o; empty or "-": standard output
  std::optional<FailOn> fail_on;        // unset: never, or gap with a baseline
  std::string baseline;                 // --baseline's file; empty: none
  std::string group_by;                 // empty, or a name from group_by_names()
  bool matrix = false;                  // --layout matrix
  util::Date as_of;
  std::uint64_t max_work = engine::kDefaultMaxWork;  // 0: no limit
  std::string paths = ".";                           // the paths as typed, for messages

  FailOn level() const;  // --fail-on, defaulted
};

struct CheckPlan {
  std::vector<int> frameworks;           // the selected frameworks' indices
  std::vector<std::string> companies;    // the selected companies' ids; none: every company
  std::optional<ReportRecord> baseline;  // read once the options are settled
  std::vector<std::string> problems;     // lines for standard error; none: the run may go on
  bool ok() const { return problems.empty(); }

  // The check run's options; whether the table is in colour is the terminal's to say.
  CheckRunOptions run_options(const CheckRequest& r, bool color) const;
};

// What to check in `ws`, of which `selection` is the part the paths asked for: refused when the
// workspace holds no framework, company or rule, when the part holds no workspace file or not
// the statements of a --company, for an unknown framework or company (each named), and for a
// --framework no rule checks and no mapping leads to.
CheckPlan plan_check(const model::Workspace& ws, const engine::Selection& selection,
                     const CheckRequest& r);

// The rest of the plan, once the command line has refused what only it can tell (a binary
// format for a terminal): options that do not go together (the report over its baseline,
// --group-by and --layout matrix with a format they do not support or with each other), the
// baseline read, the work limit, and a report over an input.
void settle_check(const model::Workspace& ws, const CheckRequest& r, CheckPlan& plan);

}  // namespace ungap::report
