#pragma once
// `check`'s warning about evidence nobody reads: claims that no element of any evaluated rule
// matched. Printed on stderr (never inside the report), the first few with their location; the
// JSON report lists them all under each company's `unread_claims`.
#include <cstddef>
#include <string>
#include <vector>

#include "model/finding.h"
#include "model/workspace.h"
#include "util/diagnostic.h"

namespace ungap::report {

class UnreadClaims {
 public:
  static constexpr std::size_t kShown = 20;

  void add(const model::Workspace& ws, const model::CompanyResult& cr);
  // The warnings for stderr; empty when every claim was read.
  std::string text() const;

 private:
  std::size_t m_count = 0;
  std::vector<util::Diagnostic> m_shown;
};

}  // namespace ungap::report
