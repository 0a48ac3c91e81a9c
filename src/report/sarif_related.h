#pragma once
// The related locations of check's SARIF results: the claims behind a finding, each once however
// many elements or rules cite it (a claim both supporting and contesting appears once as each),
// numbered from 0 in the order first cited. A result waits for the rule table with its claims as
// numbers, not as JSON, and each of a company's claims is rendered once: related locations are
// most of the log, and a claim is cited by many of its company's results.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/company.h"
#include "model/finding.h"

namespace ungap::report {

// Appends the claims behind `f` to `out`, each once, as 32-bit numbers: the claim's index times
// two, plus one when it contests. `seen` is scratch space, kept by the caller for reuse.
void put_related_keys(std::string& out, const model::Finding& f, std::vector<uint32_t>& seen);

class RelatedLocations {
 public:
  // Appends the "relatedLocations" array of `keys` (put_related_keys' numbers) for company `c`.
  // Called with one company's results after another: a company's claims are rendered once.
  void write(std::string& out, const model::Company& c, std::string_view keys);

 private:
  const std::string& after_id(uint32_t key);

  const model::Company* m_company = nullptr;
  std::vector<std::string> m_after_id;  // by key, once rendered
};

}  // namespace ungap::report
