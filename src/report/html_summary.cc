// The small per-company block the HTML page parses when it opens (html_parts.h): enough for the
// overview (ranking, spread of statuses, most severe gaps) without parsing the evidence of a
// thousand companies. A company's score on a framework is computed here, by company_totals as
// every other format computes it (docs/evaluation.md §6b); the page only shows it.
#include <algorithm>

#include "report/company_totals.h"
#include "report/html_parts.h"
#include "report/impact_verdicts.h"
#include "util/json_writer.h"

namespace ungap::report {

namespace {

struct Gap {
  int row, salience, weight, status;
  double score;
};

// Most salient first, then heaviest weight, worst status, lowest score, row order: the order
// of the overview's list (the page merges the companies' lists with the same order).
bool before(const Gap& a, const Gap& b) {
  if (a.salience != b.salience) return a.salience > b.salience;
  if (a.weight != b.weight) return a.weight < b.weight;
  if (a.status != b.status) return a.status < b.status;
  if (a.score != b.score) return a.score < b.score;
  return a.row < b.row;
}

// [status, score or null, then the count of each status over the listed verdicts, in status
// order]: the framework's verdict for the company and the totals `--layout matrix` shows.
void write_totals(util::JsonWriter& w, const CompanyTotals& t) {
  auto v = t.verdict();
  w.begin_array().value(static_cast<int>(v.status));
  if (engine::is_assessed(v.status))
    w.value(rounded_score(v.score));
  else
    w.null();
  const auto& c = t.counts();
  for (int k : {c.gap, c.partial, c.met, c.not_applicable, c.not_assessed}) w.value(k);
  w.end_array();
}

}  // namespace

std::string html_company_summary_json(const model::Workspace& ws, const HtmlRows& rows,
                                      const std::vector<int>& frameworks,
                                      const model::CompanyResult& cr, std::size_t top) {
  const auto& c = ws.companies[static_cast<std::size_t>(cr.company)];
  std::vector<CompanyTotals> totals(frameworks.size());
  std::vector<Gap> gaps;
  std::vector<int> codes(static_cast<std::size_t>(rows.size()), -1);
  int total = 0;
  for (const auto& f : cr.findings) {
    int row = rows.row(f.framework, f.obligation);
    if (row < 0) continue;
    ++total;
    codes[static_cast<std::size_t>(row)] = html_verdict_code(f);
    auto p = static_cast<std::size_t>(std::find(frameworks.begin(), frameworks.end(), f.framework) -
                                      frameworks.begin());
    totals[p].add(f.status, f.score, f.flags, top_level(ws, f));
    if (!obligation_of(ws, f).leaf()) continue;
    int status = static_cast<int>(f.status);
    if (f.status == model::Status::kGap || f.status == model::Status::kPartial)
      gaps.push_back(
          {row, salience(c, f), static_cast<int>(f.severity), status, rounded_score(f.score)});
  }
  std::size_t keep = std::min(top, gaps.size());
  std::partial_sort(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(keep), gaps.end(),
                    before);
  util::JsonWriter w(false);
  w.begin_object().field("id", c.id).field("name", c.name.empty() ? c.id : c.name);
  w.field("n", total).key("s").begin_array();
  for (const auto& t : totals) write_totals(w, t);
  w.end_array().key("c").begin_array();
  for (int k : codes) w.value(k);
  // [row, status, score, weight, salience]
  w.end_array().key("top").begin_array();
  for (std::size_t i = 0; i < keep; ++i) {
    const auto& g = gaps[i];
    w.begin_array().value(g.row).value(g.status).value(g.score).value(g.weight);
    w.value(g.salience).end_array();
  }
  return w.end_array().end_object().take();
}

}  // namespace ungap::report
