#pragma once
// A rule: which evidence meets which obligations (docs/rules.md, docs/formats.md).
#include <optional>
#include <string>
#include <vector>

#include "model/company.h"
#include "model/enums.h"
#include "util/date.h"
#include "util/located_text.h"
#include "util/location.h"

namespace ungap::model {

struct Element {
  std::string id;
  std::string text;
  util::LocatedText match;
  int min = 1;
  double weight = 1;
  util::Location loc;
};

// How many elements must be met for the rule to be met.
struct PassCondition {
  enum class Kind { kAll, kAny, kCount };
  Kind kind = Kind::kAll;
  int count = 0;  // for kCount
  util::Location loc;

  int required(std::size_t elements) const;
};

struct Rule {
  std::string id;
  std::vector<Ref> checks;  // full obligation ids
  std::string title;
  std::optional<util::LocatedText> when;
  std::vector<Element> elements;
  std::vector<Element> contested_by;
  PassCondition pass;
  std::optional<Severity> severity;
  std::optional<OnContest> on_contest;  // unset: the obligation's, else by severity
  util::Location on_contest_loc;
  std::optional<util::Date> due;
  RulePer per = RulePer::kCompany;  // kImpact: evaluated once per impact of the company
  std::string note;
  util::Location loc;
};

}  // namespace ungap::model
