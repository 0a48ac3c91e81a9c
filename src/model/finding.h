#pragma once
// What evaluation finds: per company and obligation, the status, score and flags, and for each
// rule the elements met or missing with the claims that met them, so every verdict can be
// explained.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/enums.h"
#include "util/date.h"

namespace ungap::model {

// A set of flags as bits, in the order of the Flag enum.
class FlagSet {
 public:
  void add(Flag f) { m_bits |= bit(f); }
  bool has(Flag f) const { return m_bits & bit(f); }
  void merge(FlagSet other) { m_bits |= other.m_bits; }
  bool empty() const { return m_bits == 0; }
  std::vector<Flag> list() const;
  friend bool operator==(FlagSet, FlagSet) = default;

 private:
  static std::uint8_t bit(Flag f) { return static_cast<std::uint8_t>(1u << static_cast<int>(f)); }
  std::uint8_t m_bits = 0;
};

struct ElementResult {
  int element = -1;  // index in the rule's elements (or contested_by)
  bool met = false;
  int min = 1;
  double weight = 1;
  std::vector<int> claims;  // matching claims (indices into the company's claims), newest first
};

struct RuleResult {
  int rule = -1;  // index into Workspace::rules
  bool applicable = true;
  Status status = Status::kGap;
  double score = 0;
  int required = 0;  // elements needed to pass
  FlagSet flags;
  std::optional<util::Date> due;
  std::vector<ElementResult> elements;
  std::vector<ElementResult> contested;  // contested_by elements that matched
  // Rules with `per: impact`: the impact (index into Company::impacts) this result is for. On
  // the company's result, the impact that decided it (the worst), with every impact's own result
  // in `impacts`.
  int impact = -1;
  std::uint8_t modes = 0;  // for one impact's result: bits of the InvolvementModes seen as of
  std::vector<RuleResult> impacts;
};

// One source of a verdict carried over a mapping: the source's own verdict, and what it counts
// for once carried over the relation.
struct Derivation {
  std::string from;  // full id of the obligation the status came from
  Relation relation = Relation::kEqual;
  int mapping = -1;                      // index into Workspace::mappings
  int framework = -1, obligation = -1;   // the source finding
  Status status = Status::kNotAssessed;  // the source's verdict
  double score = 0;
  Status carried_status = Status::kNotAssessed;  // after the relation
  double carried_score = 0;
};

struct Finding {
  int framework = -1;
  int obligation = -1;
  Status status = Status::kNotAssessed;
  double score = 0;
  FlagSet flags;
  Severity severity = Severity::kMedium;
  std::vector<RuleResult> rules;
  std::vector<Derivation> derived;  // set when the status came over mappings
  std::string reason;               // why not-applicable / not-assessed, for explain
};

struct CompanyResult {
  int company = -1;
  std::vector<Finding> findings;  // every obligation of the selected frameworks, in order
  // Visible claims that no element (nor contested_by element) of any evaluated rule matched:
  // evidence no verdict reads. Indices into the company's claims, in file order.
  std::vector<int> unread;
};

}  // namespace ungap::model
