#pragma once
// `ungap check` below the command line: evaluates the selected companies, writes the report
// atomically (company by company for the formats that stream, else from the whole result), and
// decides from `--fail-on` and `--baseline` whether the run fails. It prints nothing: the
// outcome carries every text for standard error, and cli/cmd_check.cc prints it.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/compiled_workspace.h"
#include "engine/evaluate.h"
#include "report/fail_on.h"
#include "report/verdicts.h"
#include "util/diagnostic.h"
#include "util/file_io.h"

namespace ungap::report {

struct CheckRunOptions {
  std::string format;               // a name from report_formats()
  std::string output;               // the report's file; empty or "-": standard output
  FailOn fail_on = FailOn::kNever;  // `--fail-on`, defaulted (to gap with a baseline)
  std::string group_by;             // empty: the usual report; else a name from group_by_names()
  bool matrix = false;              // `--layout matrix`: companies side by side (report/matrix.h)
  bool color = false;               // the terminal table in colour
  std::vector<int> frameworks;      // the selected frameworks' indices
  const ReportRecord* baseline = nullptr;  // `--baseline`, read; null without one
};

struct CheckOutcome {
  // False when no report was written: the output could not be (see `error`), or the work
  // budget ran out (the engine's diagnostics say so) and the results were incomplete.
  bool written = false;
  std::optional<util::OutputError> error;  // why the output could not be written
  std::string unread;       // warnings about claims no rule reads (report/unread_claims.h)
  std::string summary;      // the one-line summary of the findings
  std::string failures;     // what fails: the failing verdicts, or what is new since the baseline
  std::size_t failing = 0;  // failing verdicts (with a baseline: new failures)
  bool failed() const { return failing > 0; }
};

// Runs the check. `evaluated` is called once evaluation ends, before any report text goes out
// (the command line erases its progress line there); evaluation problems go into `diags`.
CheckOutcome run_check(const engine::CompiledWorkspace& cw, const engine::EvalOptions& eval,
                       const CheckRunOptions& o, const std::function<void()>& evaluated,
                       util::Diagnostics& diags);

}  // namespace ungap::report
