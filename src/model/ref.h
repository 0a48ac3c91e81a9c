#pragma once
// A reference to an id, where it was written.
#include <string>

#include "util/location.h"

namespace ungap::model {

struct Ref {
  std::string id;
  util::Location loc;
};

}  // namespace ungap::model
