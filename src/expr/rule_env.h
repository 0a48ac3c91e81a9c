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
  kImpacts,
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

namespace ImpactField {
enum : int {
  kId,
  kTitle,
  kSummary,
  kRights,
  kRightsHolders,
  kInvolvement,
  kModes,
  kScale,
  kScope,
  kRemediability,
  kSeverity,
  kClaims,
  kCount
};
}

// Variable slots. Every environment shares the first two, so one Activation per company
// serves `when` and `match` alike; `match` adds the claim. Rules evaluated per impact also see
// the impact: at slot 3 in `match`, and at slot 2 in `when` (which has no claim), so the
// engine sets slot 2 to the impact before a `when` and to each claim during matching.
namespace RuleSlot {
enum : int { kCompany = 0, kAsOf = 1, kClaim = 2, kImpactInWhen = 2, kImpact = 3 };
}

const std::shared_ptr<const ObjectType>& claim_type();
const std::shared_ptr<const ObjectType>& source_type();
const std::shared_ptr<const ObjectType>& company_type();
const std::shared_ptr<const ObjectType>& impact_type();

// `match` (and contested_by): company, as_of, claim.
const Env& match_env();
// `when` and `applies_when`: company, as_of.
const Env& when_env();
// The same for rules with `per: impact`: `match` adds impact (slot 3), `when` adds impact
// (slot 2).
const Env& impact_match_env();
const Env& impact_when_env();
// The environments of a rule's `when` and `match`, by whether it is evaluated per impact.
inline const Env& when_env(bool per_impact) {
  return per_impact ? impact_when_env() : when_env();
}
inline const Env& match_env(bool per_impact) {
  return per_impact ? impact_match_env() : match_env();
}

}  // namespace ungap::expr
