#pragma once
// Why one verdict changed between two JSON reports, as far as the reports establish it: the
// claims it reads that became visible, were superseded, added or removed; a deadline that
// passed; a rule or an obligation that changed; a mapped source or a part whose verdict
// changed. Nothing is guessed: a cause is named only when both reports show it.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "report/verdicts.h"

namespace ungap::report {

struct Cause {
  // claim-visible, claim-hidden, claim-superseded, claim-added, claim-removed, claim-read,
  // claim-unread, deadline-passed, deadline-ahead, late, rule-changed, rule-added,
  // rule-removed, rule-applies, rule-no-longer-applies, obligation-changed, weight-changed,
  // obligation-added, company-added, company-removed,
  // obligation-removed, source-changed, parts-changed (docs/outputs.md)
  std::string kind;
  std::string text;                  // the sentence a reader sees
  std::string id;                    // the claim, rule or obligation it names
  std::optional<ClaimRecord> claim;  // for the claim-* kinds: the claim as its report has it
};

class CauseFinder {
 public:
  CauseFinder(const ReportRecord& before, const ReportRecord& after);

  // The causes of a verdict's change; `parts`: the obligations under it whose verdicts changed.
  std::vector<Cause> causes(const std::optional<Verdict>& before,
                            const std::optional<Verdict>& after,
                            const std::vector<std::string>& parts) const;

 private:
  void claims(const Verdict& before, const Verdict& after, std::vector<Cause>& out) const;
  void gained(const std::string& company, const std::string& id, std::vector<Cause>& out) const;
  void lost(const std::string& company, const std::string& id, std::vector<Cause>& out) const;
  void deadlines(const Verdict& before, const Verdict& after, std::vector<Cause>& out) const;
  void rules(const Verdict& before, const Verdict& after, std::vector<Cause>& out) const;
  void obligation(const Verdict& before, const Verdict& after, std::vector<Cause>& out) const;
  void sources(const Verdict& before, const Verdict& after, std::vector<Cause>& out) const;
  const ClaimRecord* claim(const ReportRecord& r, const std::string& company,
                           const std::string& id) const;
  // A source obligation's verdict as one report lists it, "-" when it lists none.
  std::string source_text(const std::map<std::string, const Verdict*>& index,
                          const std::string& company, const std::string& obligation) const;
  bool file_changed(const std::string& location) const;

  const ReportRecord& m_a;
  const ReportRecord& m_b;
  std::map<std::string, const Verdict*> m_old, m_new;  // "company|obligation"
  std::set<std::string> m_changed_files;               // inputs added, removed or changed
};

// "partial 50 [contested]", or "-" for no verdict.
std::string verdict_text(const std::optional<Verdict>& v);

}  // namespace ungap::report
