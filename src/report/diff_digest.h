#pragma once
// How `ungap diff` says each cause once (docs/outputs.md, "diff"): a cause about the workspace's
// definitions (a rule or an obligation that changed, was added or removed, a weight) is the same
// for every company it touches, so it is said once, before the groups, with the number of
// verdicts it touches, and referred to as w1, w2, ...; any other cause is said once per company
// within a group, numbered 1, 2, ..., and each verdict lists the numbers of its causes.
#include <string>
#include <vector>

#include "report/diff.h"

namespace ungap::report {

struct SharedCause {
  std::string text;  // names what it is about: "rule ra changed (rules/a.yaml:3:5)"
  std::size_t verdicts = 0;
};

struct CompanyChanges {
  std::string company;
  std::vector<const VerdictChange*> verdicts;
  std::vector<std::vector<std::string>> refs;  // per verdict: "1", "w1", ...; empty: no cause
  std::vector<std::string> causes;             // the texts of 1, 2, ...
};

struct DiffDigest {
  std::vector<SharedCause> shared;                  // w1, w2, ... in order of first appearance
  std::vector<std::vector<CompanyChanges>> groups;  // per ChangeGroup, companies in report order
};

DiffDigest digest(const ReportDiff& d);

}  // namespace ungap::report
