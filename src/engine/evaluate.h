#pragma once
// Evaluation of a workspace: every selected company at one date, spread over threads. Results
// land in per-company slots, so the output is the same for any number of threads.
#include <functional>
#include <string>
#include <vector>

#include "engine/compiled_workspace.h"
#include "model/finding.h"
#include "util/date.h"
#include "util/diagnostic.h"
#include "util/progress.h"

namespace ungap::engine {

struct EvalOptions {
  util::Date as_of;
  int jobs = 1;
  std::vector<std::string> companies;  // empty: all
  // When set, counts the companies evaluated (a stage "checking companies"), for a progress
  // display: one relaxed atomic add per company on the worker that evaluated it.
  util::Progress* progress = nullptr;
};

struct Results {
  util::Date as_of;
  std::vector<model::CompanyResult> companies;  // in workspace order
};

model::CompanyResult evaluate_company(const CompiledWorkspace& cw, const model::Company& company,
                                      util::Date as_of, util::Diagnostics& diags);

Results evaluate(const CompiledWorkspace& cw, const EvalOptions& options, util::Diagnostics& diags);

// Evaluates the selected companies in order and hands each result to `sink` as soon as it and
// all before it are done, through a window of twice as many companies as threads, so memory
// holds at most that many results at a time.
// `render`, when given, runs on the worker threads right after a company is evaluated (to turn
// it into report text in parallel); its text is passed to `sink` with the result.
using RenderFn = std::function<std::string(const model::CompanyResult&)>;
using SinkFn = std::function<void(model::CompanyResult&&, std::string&&)>;
void evaluate_each(const CompiledWorkspace& cw, const EvalOptions& options,
                   util::Diagnostics& diags, const RenderFn& render, const SinkFn& sink);

}  // namespace ungap::engine
