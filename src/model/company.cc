#include "model/company.h"

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

}  // namespace ungap::model
