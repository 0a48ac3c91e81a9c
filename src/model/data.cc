#include "model/data.h"

namespace ungap::model {

const Data* Data::find(std::string_view key) const {
  for (const auto& [k, v] : map)
    if (k == key) return &v;
  return nullptr;
}

}  // namespace ungap::model
