#include "engine/work_limit.h"

#include <fmt/format.h>

#include <algorithm>

namespace ungap::engine {

namespace {

bool selected(const std::vector<std::string>& companies, const std::string& id) {
  return companies.empty() || std::find(companies.begin(), companies.end(), id) != companies.end();
}

// Saturating, so that a hostile count cannot wrap round to a small number.
std::uint64_t mul(std::uint64_t a, std::uint64_t b) {
  return (a != 0 && b > UINT64_MAX / a) ? UINT64_MAX : a * b;
}

}  // namespace

std::string check_work_limit(const model::Workspace& ws, const std::vector<std::string>& companies,
                             util::Date as_of, std::uint64_t max_work) {
  if (max_work == 0) return {};
  std::uint64_t elements = 0;
  for (const auto& r : ws.rules) elements += r.elements.size() + r.contested_by.size();
  std::uint64_t claims = 0, company_count = 0;
  for (const auto& c : ws.companies) {
    if (!selected(companies, c.id)) continue;
    ++company_count;
    claims += static_cast<std::uint64_t>(std::count_if(
        c.claims.begin(), c.claims.end(), [&](const auto& cl) { return cl.date <= as_of; }));
  }
  std::uint64_t work = mul(claims, elements);
  if (work <= max_work) return {};
  return fmt::format(
      "this run would make up to {} element x claim evaluations ({} claims of {} companies x {} "
      "rule elements), more than the limit of {} (--max-work); select companies with --company "
      "or raise --max-work (0: no limit)",
      work, claims, company_count, elements, max_work);
}

}  // namespace ungap::engine
