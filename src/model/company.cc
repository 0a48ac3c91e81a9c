#include "model/company.h"

#include <algorithm>

namespace ungap::model {

std::string dating_text(const Source& s) {
  if (!s.date_precision && s.date_basis.empty()) return "";
  std::string out = "date known to the ";
  out += s.date_precision ? to_string(*s.date_precision) : "day";
  if (!s.date_basis.empty()) out += ": " + s.date_basis;
  return out;
}

int Company::source_index(std::string_view id) const {
  for (std::size_t i = 0; i < sources.size(); ++i)
    if (sources[i].id == id) return static_cast<int>(i);
  return -1;
}

int Company::claim_index(std::string_view id) const {
  for (std::size_t i = 0; i < claims.size(); ++i)
    if (claims[i].id == id) return static_cast<int>(i);
  return -1;
}

template <typename T>
static std::unordered_map<std::string_view, int> positions(const std::vector<T>& items) {
  std::unordered_map<std::string_view, int> out;
  out.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) out.emplace(items[i].id, static_cast<int>(i));
  return out;
}

std::unordered_map<std::string_view, int> Company::claim_positions() const {
  return positions(claims);
}

std::unordered_map<std::string_view, int> Company::source_positions() const {
  return positions(sources);
}

bool concerns(const Claim& cl, std::string_view impact) {
  const auto& named = cl.extras->impacts;
  return std::any_of(named.begin(), named.end(), [&](const Ref& r) { return r.id == impact; });
}

int Company::impact_index(std::string_view id) const {
  for (std::size_t i = 0; i < impacts.size(); ++i)
    if (impacts[i].id == id) return static_cast<int>(i);
  return -1;
}

}  // namespace ungap::model
