#include "report/company_summary.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "report/company_totals.h"
#include "report/escape.h"
#include "report/impact_verdicts.h"
#include "report/stream.h"

namespace ungap::report {

namespace {

std::string totals_table(const model::Workspace& ws, const std::vector<int>& frameworks,
                         const model::CompanyResult& cr) {
  std::string out =
      "| Framework | Score | Met | Partial | Gap | Not applicable | Not assessed | Contested | "
      "Overdue |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  for (int fw : frameworks) {
    auto t = company_totals(ws, cr, fw);
    const auto& c = t.counts();
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
                       md_cell(ws.frameworks[static_cast<std::size_t>(fw)].id), t.verdict_text(),
                       c.met, c.partial, c.gap, c.not_applicable, c.not_assessed, t.contested(),
                       t.overdue());
  }
  return out;
}

// Gaps and partial verdicts, worst first: most salient (docs/evaluation.md §6a), then gap before
// partial, then the heavier weight, then the lower score; ties keep framework order.
void sort_worst_first(const model::Company& c, std::vector<const model::Finding*>& failing) {
  std::vector<std::pair<int, const model::Finding*>> keyed;
  for (const auto* f : failing) keyed.emplace_back(salience(c, *f), f);
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    const auto &fa = *a.second, &fb = *b.second;
    return std::make_tuple(-a.first, fa.status, fa.severity, fa.score) <
           std::make_tuple(-b.first, fb.status, fb.severity, fb.score);
  });
  for (std::size_t i = 0; i < keyed.size(); ++i) failing[i] = keyed[i].second;
}

// At most kWorstGaps of them.
std::string worst_gaps(const model::Workspace& ws, const std::vector<int>& frameworks,
                       const model::Company& c, const model::CompanyResult& cr) {
  std::vector<const model::Finding*> failing;
  for (const auto& f : cr.findings)
    if (selected(ws, frameworks, f) &&
        (f.status == model::Status::kGap || f.status == model::Status::kPartial))
      failing.push_back(&f);
  if (failing.empty()) return "Worst gaps: none.\n";
  sort_worst_first(c, failing);
  std::string out = fmt::format("Worst gaps ({} of {}, worst first):\n\n",
                                std::min(failing.size(), kWorstGaps), failing.size());
  for (std::size_t i = 0; i < failing.size() && i < kWorstGaps; ++i) {
    const auto& f = *failing[i];
    const auto& o = obligation_of(ws, f);
    std::string flags = flags_text(f.flags);
    out += fmt::format("- {} {} {}: {} (weight {}{}{})\n", model::to_string(f.status),
                       score_text(f), md_cell(o.full_id), md_cell(o.title),
                       model::to_string(f.severity), flags.empty() ? "" : "; ", flags);
  }
  return out;
}

std::string impacts_list(const model::Company& c) {
  if (c.impacts.empty()) return "Impacts: none recorded.\n";
  std::string out = "Impacts:\n\n";
  for (const auto& im : c.impacts) {
    std::string period = im.period_text();
    out += fmt::format("- {}: {} ({}{}{}){}\n", md_cell(im.id), md_cell(im.title),
                       im.severity.given ? im.severity_text() : "severity not given",
                       period.empty() ? "" : "; ", period,
                       im.note.empty() ? "" : ". Note: " + md_cell(im.note));
  }
  return out;
}

}  // namespace

std::string company_summary_markdown(const model::Workspace& ws, const std::vector<int>& frameworks,
                                     const model::CompanyResult& cr, const char* heading) {
  const auto& c = ws.companies[static_cast<std::size_t>(cr.company)];
  // The company's note says what its evidence covers and what was left out (pages not read),
  // which a reader needs before the totals.
  std::string note = c.note.empty() ? "" : "Note: " + md_cell(c.note) + "\n\n";
  return fmt::format(
      "{} Summary \u2014 {}\n\n{}{}\n{}\n{}\n", heading, md_cell(c.name.empty() ? c.id : c.name),
      note, totals_table(ws, frameworks, cr), worst_gaps(ws, frameworks, c, cr), impacts_list(c));
}

}  // namespace ungap::report
