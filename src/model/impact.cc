#include "model/impact.h"

#include <algorithm>

namespace ungap::model {

namespace {

template <typename E>
int rank_of(E value) {
  return static_cast<int>(value) + 1;
}

}  // namespace

int ImpactSeverity::rank() const {
  if (!given) return 0;
  return rank_of(scale) + rank_of(scope) + rank_of(remediability);
}

std::vector<InvolvementMode> Impact::modes() const {
  std::vector<InvolvementMode> out;
  for (const auto& inv : involvement)
    if (std::find(out.begin(), out.end(), inv.mode) == out.end()) out.push_back(inv.mode);
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<InvolvementMode> Impact::agreed_mode() const {
  auto m = modes();
  if (m.size() != 1) return std::nullopt;
  return m.front();
}

bool Impact::disputed() const {
  return modes().size() > 1;
}

std::string Impact::involvement_label() const {
  if (disputed()) return "disputed";
  if (auto m = agreed_mode()) return std::string(to_string(*m));
  return "";
}

std::string Impact::severity_text() const {
  if (!severity.given) return "";
  return std::string(to_string(severity.scale)) + " scale, " +
         std::string(to_string(severity.scope)) + " scope, " +
         std::string(to_string(severity.remediability));
}

std::string Impact::period_text() const {
  if (period_from && period_to) return period_from->str() + " to " + period_to->str();
  if (period_from) return "from " + period_from->str();
  if (period_to) return "until " + period_to->str();
  return "";
}

}  // namespace ungap::model
