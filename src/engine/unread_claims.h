#pragma once
// Evidence nobody reads: the visible claims of a company that no element of any evaluated rule
// matched. A claim encoded with a topic no rule looks for, or a rule whose match misses it,
// would otherwise go unnoticed.
#include <vector>

#include "engine/company_view.h"
#include "model/finding.h"

namespace ungap::engine {

// Indices of the unread visible claims, in file order.
std::vector<int> unread_claims(const CompanyView& view,
                               const std::vector<model::Finding>& findings);

}  // namespace ungap::engine
