#pragma once

#include <memory>

#include "expr/env.h"
#include "expr/type.h"

namespace ungap::expr {

// Field indices of the object types, in declaration order: build values with
// ObjectBuilder(claim_type()).set(ClaimField::kKind, ...).
namespace ClaimField {
enum : int {
  kId,
  kKind,
  kBy,
  kTopics,
  kDate,
  kQuote,
  kSummary,
  kScope,
  kSupersedes,
  kSource,
  kCount
};
}
namespace SourceField {
enum : int { kId, kKind, kBy, kPublisher, kTitle, kDate, kUrl, kQuality, kCount };
}
namespace CompanyField {
enum : int { kId, kName, kSectors, kCountries, kContexts, kAttributes, kCount };
}

// Variable slots. Both environments share the first two, so one Activation per company
// serves `when` and `match` alike; `match` adds the claim.
namespace RuleSlot {
enum : int { kCompany = 0, kAsOf = 1, kClaim = 2 };
}

const std::shared_ptr<const ObjectType>& claim_type();
const std::shared_ptr<const ObjectType>& source_type();
const std::shared_ptr<const ObjectType>& company_type();

// `match` (and contested_by): company, as_of, claim.
const Env& match_env();
// `when` and `applies_when`: company, as_of.
const Env& when_env();

}  // namespace ungap::expr
