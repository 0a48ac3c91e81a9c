#include "report/stream.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/writers.h"

namespace ungap::report {

bool selected(const model::Workspace& ws, const std::vector<int>& frameworks,
              const model::Finding& f) {
  return std::find(frameworks.begin(), frameworks.end(), f.framework) != frameworks.end() &&
         listed(ws, f);
}

void SummaryCounter::add(const model::Workspace& ws, const std::vector<int>& frameworks,
                         const model::CompanyResult& cr) {
  ++m_companies;
  for (const auto& f : cr.findings) {
    if (!selected(ws, frameworks, f)) continue;
    m_counts.add(f.status);
    m_contested += f.flags.has(model::Flag::kContested);
    m_overdue += f.flags.has(model::Flag::kOverdue);
  }
}

std::string SummaryCounter::line(util::Date as_of, std::size_t frameworks) const {
  auto n = [](std::size_t k, const char* one, const char* many) {
    return fmt::format("{} {}", k, k == 1 ? one : many);
  };
  return fmt::format("{}, {}, as of {}: {}; {} contested, {} overdue",
                     n(m_companies, "company", "companies"),
                     n(frameworks, "framework", "frameworks"), as_of.str(), m_counts.str(),
                     m_contested, m_overdue);
}

std::string write_streamed(StreamFactory factory, const Run& run, const WriteOptions& o) {
  SummaryCounter summary;
  for (const auto& cr : run.results.companies) summary.add(run.ws, run.frameworks, cr);
  StreamContext ctx{run.ws, run.results.as_of, run.frameworks, summary};
  auto stream = factory(ctx, o);
  std::string out = stream->begin();
  bool first = true;
  for (const auto& cr : run.results.companies) {
    if (!first) out += stream->between();
    first = false;
    out += stream->take(cr, stream->company(cr));
  }
  out += stream->end();
  for (std::string piece = stream->more(); !piece.empty(); piece = stream->more()) out += piece;
  return out;
}

}  // namespace ungap::report
