#pragma once
// A company's totals on one framework, the same in every layout: its score (the framework's
// top-level obligations combined as a parent combines its parts, docs/evaluation.md §6b: those
// not-applicable or not-assessed left out, the mean of the rest) and the count of its listed
// verdicts by status, contested and overdue.
#include <string>

#include "engine/combine.h"
#include "model/finding.h"
#include "model/workspace.h"
#include "report/report_data.h"

namespace ungap::report {

class CompanyTotals {
 public:
  // One listed verdict; `root`: of a top-level obligation, so it counts in the score.
  void add(model::Status status, double score, model::FlagSet flags, bool root);
  // The framework's verdict for the company. With no top-level obligation assessed, as for a
  // parent: not-applicable when every one is, else not-assessed.
  engine::Verdict verdict() const;
  const StatusCounts& counts() const { return m_counts; }
  int contested() const { return m_contested; }
  int overdue() const { return m_overdue; }
  // "partial 45.2" or "not-assessed".
  std::string verdict_text() const;

 private:
  engine::Combine m_combine{engine::Combine::Mode::kAll};
  StatusCounts m_counts;
  int m_contested = 0, m_overdue = 0;
  int m_roots = 0, m_roots_not_applicable = 0;
};

// The totals of a company's listed findings on framework `fw`.
CompanyTotals company_totals(const model::Workspace& ws, const model::CompanyResult& cr, int fw);
// Whether an obligation is top level (counts in its framework's score).
bool top_level(const model::Workspace& ws, const model::Finding& f);

}  // namespace ungap::report
