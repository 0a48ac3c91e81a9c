#pragma once
// A rule test (`*.test.yaml`): a company, claims, a date and the statuses expected.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/company.h"
#include "model/enums.h"
#include "util/date.h"
#include "util/location.h"

namespace ungap::model {

struct ElementExpectation {
  std::string id;
  bool met = false;
  util::Location loc;
};

struct Expectation {
  Ref obligation;  // full id
  std::optional<Status> status;
  std::optional<double> score;
  std::optional<std::set<Flag>> flags;
  std::vector<ElementExpectation> elements;
  util::Location loc;
};

struct RuleTest {
  std::string name;
  Company company;  // with the test's sources and claims
  std::optional<util::Date> as_of;
  std::vector<Expectation> expect;
  util::Location loc;
};

}  // namespace ungap::model
