#pragma once
// A company as rules see it at one date: its visible claims (dated on or before as_of and not
// superseded by a visible claim), newest first, each converted once to a CEL value, and indexed
// by kind, by author and by topic so an element only looks at claims that can match it.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/match_plan.h"
#include "expr/value.h"
#include "model/company.h"
#include "util/date.h"
#include "util/intern.h"

namespace ungap::engine {

class CompanyView {
 public:
  CompanyView(const model::Company& company, util::Date as_of);

  const model::Company& company() const { return m_company; }
  const expr::Value& company_value() const { return m_company_value; }
  const expr::Value& as_of_value() const { return m_as_of_value; }
  util::Date as_of() const { return m_as_of; }
  // Visible claims, newest first (ties by id).
  const std::vector<int>& visible() const { return m_visible; }
  // Built on first use: a claim only a native fact looks at never needs its CEL value.
  const expr::Value& claim_value(int claim) const;
  // The visible claims that can satisfy every fact of `plan`, newest first: the shortest list
  // the index offers. A disjunctive fact's list is built in `scratch`, which the result may
  // refer to.
  const std::vector<int>& candidates(const MatchPlan& plan, std::vector<int>& scratch) const;

 private:
  void compute_visible();
  void build_index();
  const std::vector<int>& list(const ClaimFact& f, std::size_t key) const;

  const model::Company& m_company;
  util::Date m_as_of;
  expr::Value m_company_value;
  expr::Value m_as_of_value;
  std::vector<int> m_visible;
  mutable std::vector<expr::Value> m_claim_values;
  mutable std::vector<bool> m_built;
  std::unordered_map<util::Symbol, std::vector<int>> m_by_topic;
  std::vector<std::vector<int>> m_by_kind;  // by model::ClaimKind value
  std::vector<std::vector<int>> m_by_by;    // by model::By value
  std::vector<int> m_none;
  std::vector<int> m_rank;  // position of each visible claim in m_visible
};

expr::Value data_value(const model::Data& d);
expr::Value company_value(const model::Company& c);
expr::Value claim_value(const model::Company& c, const model::Claim& claim);

}  // namespace ungap::engine
