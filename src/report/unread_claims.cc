#include "report/unread_claims.h"

#include <fmt/format.h>

#include <algorithm>

namespace ungap::report {

void UnreadClaims::add(const model::Workspace& ws, const model::CompanyResult& cr) {
  const auto& company = ws.companies[static_cast<std::size_t>(cr.company)];
  for (int i : cr.unread) {
    // Only the first few are located: rendering a warning reads its file's line back.
    if (m_count++ >= kShown) continue;
    const auto& claim = company.claims[static_cast<std::size_t>(i)];
    m_shown.push_back({util::Severity::kWarning, claim.loc,
                       fmt::format("claim '{}' of company '{}' is matched by no element of any "
                                   "rule: no verdict reads it",
                                   claim.id, company.id),
                       "unread-claim"});
  }
}

std::string UnreadClaims::text() const {
  if (m_count == 0) return {};
  std::string text;
  auto shown = m_shown;
  std::sort(shown.begin(), shown.end());
  for (const auto& d : shown) text += util::render_text(d);
  std::string more = m_count > kShown ? fmt::format(" ({} shown)", kShown) : "";
  text += fmt::format(
      "warning: {} {} matched by no element of any rule{}; `ungap explain` shows what each rule "
      "looks for, and the JSON report lists them under `unread_claims`\n",
      m_count, m_count == 1 ? "claim is" : "claims are", more);
  return text;
}

}  // namespace ungap::report
