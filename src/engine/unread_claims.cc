#include "engine/unread_claims.h"

#include <algorithm>

namespace ungap::engine {

std::vector<int> unread_claims(const CompanyView& view,
                               const std::vector<model::Finding>& findings) {
  std::vector<char> read(view.company().claims.size(), 0);
  auto mark = [&](const std::vector<model::ElementResult>& elements) {
    for (const auto& er : elements)
      for (int c : er.claims) read[static_cast<std::size_t>(c)] = 1;
  };
  // A rule per impact reads claims in each impact's result, not only the worst one's.
  auto mark_rule = [&](const model::RuleResult& rr, auto&& self) -> void {
    mark(rr.elements);
    mark(rr.contested);
    for (const auto& ir : rr.impacts) self(ir, self);
  };
  for (const auto& f : findings)
    for (const auto& rr : f.rules) mark_rule(rr, mark_rule);
  std::vector<int> out;
  for (int c : view.visible())
    if (!read[static_cast<std::size_t>(c)]) out.push_back(c);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace ungap::engine
