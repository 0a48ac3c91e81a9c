#include "model/company.h"

namespace ungap::model {

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
