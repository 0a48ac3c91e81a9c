// The terminal table: aligned columns, status in colour when writing to a terminal.
#include <fmt/format.h>

#include <array>

#include "report/impact_verdicts.h"
#include "report/stream.h"
#include "report/writers.h"
#include "util/single_line.h"
#include "util/text.h"

namespace ungap::report {

namespace {

const char* colour(model::Status s) {
  switch (s) {
    case model::Status::kMet:
      return "\033[32m";
    case model::Status::kPartial:
      return "\033[33m";
    case model::Status::kGap:
      return "\033[31m";
    default:
      return "\033[2m";
  }
}

std::string pad(std::string_view s, std::size_t w) {
  return std::string(s) +
         std::string(w > util::display_width(s) ? w - util::display_width(s) : 0, ' ');
}

}  // namespace

std::string write_table(const Run& run, const WriteOptions& o) {
  std::vector<std::array<std::string, 6>> rows;
  std::vector<model::Status> statuses;
  rows.push_back({"COMPANY", "OBLIGATION", "STATUS", "SCORE", "FLAGS", "TITLE"});
  statuses.push_back(model::Status::kNotAssessed);
  for (const auto& cr : run.results.companies) {
    const auto& c = run.ws.companies[static_cast<std::size_t>(cr.company)];
    std::vector<const model::Finding*> findings;
    for (const auto& f : cr.findings)
      if (selected(run.ws, run.frameworks, f)) findings.push_back(&f);
    sort_by_salience(c, findings);
    for (const auto* f : findings) {
      const auto& ob = obligation_of(run.ws, *f);
      rows.push_back({c.id, ob.full_id, std::string(model::to_string(f->status)), score_text(*f),
                      flags_text(f->flags), util::ellipsize(util::single_line(ob.title), 70)});
      statuses.push_back(f->status);
      // Each impact's own verdict, under the obligation's.
      for (const auto& v : impact_verdicts(*f)) {
        const auto& im = c.impacts[static_cast<std::size_t>(v.impact)];
        rows.push_back({"", "  impact " + im.id, std::string(model::to_string(v.status)),
                        fmt::format("{}", rounded_score(v.score)), flags_text(v.flags),
                        util::ellipsize(im.title, 70)});
        statuses.push_back(v.status);
      }
    }
  }
  std::array<std::size_t, 6> w{};
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) w[i] = std::max(w[i], util::display_width(r[i]));
  std::string out;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const auto& r = rows[k];
    std::string status = pad(r[2], w[2]);
    if (o.color && k > 0) status = colour(statuses[k]) + status + "\033[0m";
    out += fmt::format("{}  {}  {}  {:>{}}  {}  {}\n", pad(r[0], w[0]), pad(r[1], w[1]), status,
                       r[3], w[3], pad(r[4], w[4]), r[5]);
  }
  out += summary_line(run) + "\n";
  return out;
}

}  // namespace ungap::report
