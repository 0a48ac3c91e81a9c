#include "model/rule.h"

#include <algorithm>

namespace ungap::model {

int PassCondition::required(std::size_t elements) const {
  auto n = static_cast<int>(elements);
  switch (kind) {
    case Kind::kAll:
      return n;
    case Kind::kAny:
      return std::min(1, n);
    case Kind::kCount:
      return std::min(count, n);
  }
  return n;
}

}  // namespace ungap::model
