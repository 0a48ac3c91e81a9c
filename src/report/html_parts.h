#pragma once
// The pieces of the HTML report (html.cc): its style sheet and script, which are fixed text, and
// the data the script renders from. The data is written once and compactly: a table of the
// workspace's frameworks, obligations and rules (html_meta_json), then per company one block
// with its sources, cited claims and impacts, and its verdicts as arrays that point into those
// tables by position (html_company_json). The layout of the arrays is documented in
// docs/outputs.md ("HTML").
#include <string>
#include <string_view>
#include <vector>

#include "report/report_data.h"

namespace ungap::report {

std::string_view html_style();
// The script, in pieces written one after another (each a raw literal of modest size).
std::vector<std::string_view> html_script();
std::string_view html_panel_script();  // the evidence panel's piece of it

// Which row of the page's obligation table each obligation of the selected frameworks is: the
// listed obligations (docs/evaluation.md), framework by framework, in framework order. Also
// the rules that check each row, in the order a verdict lists their results (the order of the
// rules files, as the engine evaluates them): a verdict names a rule only where it differs.
class HtmlRows {
 public:
  HtmlRows(const model::Workspace& ws, const std::vector<int>& frameworks);
  int row(int framework, int obligation) const;  // -1 when not on the page
  int size() const { return m_size; }
  const std::vector<int>& rules(int row) const { return m_rules[static_cast<std::size_t>(row)]; }

 private:
  int m_size = 0;
  std::vector<std::vector<int>> m_rows;   // per workspace framework, per obligation
  std::vector<std::vector<int>> m_rules;  // per row
};

// A verdict's status, weight and flags in one number: status + 5 × weight + 20 × flag bits.
int html_verdict_code(const model::Finding& f);

std::string html_meta_json(const model::Workspace& ws, const std::vector<int>& frameworks,
                           util::Date as_of);
// Everything the page shows of a company, parsed when the heatmap or the panel needs it.
std::string html_company_json(const model::Workspace& ws, const HtmlRows& rows,
                              const model::CompanyResult& cr);
// What the overview needs of a company, parsed when the page opens: its id and name, how many
// verdicts it has, per selected framework its totals (company_totals.h: the framework's status
// and score for it, the count of its listed verdicts by status), its verdicts' codes by row (-1
// for none: enough to filter, count and sort every company before a page is drawn), and its
// most severe gaps (at most `top`).
std::string html_company_summary_json(const model::Workspace& ws, const HtmlRows& rows,
                                      const std::vector<int>& frameworks,
                                      const model::CompanyResult& cr, std::size_t top);

}  // namespace ungap::report
