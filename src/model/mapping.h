#pragma once
// A crosswalk between two frameworks (NIST OLIR relation terms).
#include <string>
#include <vector>

#include "model/enums.h"
#include "util/location.h"

namespace ungap::model {

struct MappingRelation {
  std::string from;  // full obligation id
  std::string to;
  Relation relation = Relation::kEqual;
  std::string note;
  util::Location loc;
  util::Location from_loc;
  util::Location to_loc;
};

struct Mapping {
  std::string id;
  std::string from;  // framework id
  std::string to;
  std::string note;
  std::vector<MappingRelation> relations;
  util::Location loc;
  util::Location from_loc;
  util::Location to_loc;
};

}  // namespace ungap::model
