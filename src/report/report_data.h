#pragma once
// What every report writer needs: the run (workspace, results, selection, date) and the shared
// wording of a finding's evidence, missing elements, flags and score, so that Markdown, CSV,
// the terminal table and HTML say the same thing the same way.
#include <set>
#include <string>
#include <vector>

#include "engine/evaluate.h"
#include "model/finding.h"
#include "model/workspace.h"

namespace ungap::report {

struct Run {
  const model::Workspace& ws;
  const engine::Results& results;
  std::vector<int> frameworks;  // selected framework indices, in workspace order
};

struct EvidenceLine {
  std::string claim_id;
  std::string text;     // the quote, or the summary when there is none
  bool quoted = false;  // text is an exact quote
  std::string source;   // source title (or id), publisher
  std::string source_id;
  std::string url;
  std::string date;     // the claim's date
  std::string quality;  // primary / secondary
};

// Whether a finding is listed in gap tables: everything except non-assessable leaves.
bool listed(const model::Workspace& ws, const model::Finding& f);
const model::Obligation& obligation_of(const model::Workspace& ws, const model::Finding& f);
// The evidence behind the met elements of the finding's applicable rules: the newest claim of
// each element, without repeats, at most `max`.
std::vector<EvidenceLine> evidence(const model::Workspace& ws, const model::Company& c,
                                   const model::Finding& f, std::size_t max = 3);
// One claim as an evidence line.
EvidenceLine evidence_line(const model::Company& c, int claim_index);
// The contested_by evidence.
std::vector<EvidenceLine> contest_evidence(const model::Workspace& ws, const model::Company& c,
                                           const model::Finding& f, std::size_t max = 3);
// The text (or id) of each element of an applicable rule that is not met.
std::vector<std::string> missing(const model::Workspace& ws, const model::Finding& f);
// The finding of obligation `ob` of framework `fw` in a company's results (which hold every
// obligation of every framework, framework by framework).
const model::Finding& finding_at(const model::Workspace& ws, const model::CompanyResult& cr, int fw,
                                 int ob);
// The finding a verdict was carried from over a mapping.
const model::Finding& source_of(const model::Workspace& ws, const model::CompanyResult& cr,
                                const model::Derivation& d);
// The claims a verdict rests on: the evidence of its rules' met elements, of its assessed parts
// and of the verdicts it was carried from, each once, newest first (ties by id).
std::vector<int> resting_claims(const model::Workspace& ws, const model::Company& c,
                                const model::CompanyResult& cr, const model::Finding& f);
// Every claim a company's findings cite (met, contested, and each impact's), by index.
std::set<int> cited_claims(const model::CompanyResult& cr);
std::string flags_text(const model::FlagSet& flags);  // "contested, overdue"
std::string score_text(const model::Finding& f);      // "67" or "" when not assessed
double rounded_score(double score);                   // to one decimal
std::string derived_text(const model::Finding& f);    // "ungp/17 (equal)"
std::string rules_text(const model::Workspace& ws, const model::Finding& f);  // rule ids

struct StatusCounts {
  int met = 0, partial = 0, gap = 0, not_applicable = 0, not_assessed = 0;
  void add(model::Status s);
  std::string str() const;  // "3 met, 2 partial, 5 gap, 1 not-applicable, 4 not-assessed"
};

}  // namespace ungap::report
