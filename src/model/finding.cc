#include "model/finding.h"

namespace ungap::model {

std::vector<Flag> FlagSet::list() const {
  std::vector<Flag> out;
  for (const auto& n : enum_names<Flag>())
    if (has(n.value)) out.push_back(n.value);
  return out;
}

}  // namespace ungap::model
