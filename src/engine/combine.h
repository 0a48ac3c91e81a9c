#pragma once
// How verdicts combine into one (docs/evaluation.md §6): a status and a score that tell one
// story. Every status the engine writes goes through these functions, so `met` is always exactly
// 100, `gap` exactly 0 and `partial` strictly between, as reports print scores (0.1 steps).
#include "model/enums.h"

namespace ungap::engine {

// The worst of two statuses among gap < partial < met.
model::Status worst(model::Status a, model::Status b);
// gap, partial or met: the statuses that carry a score. not-applicable and not-assessed carry
// none and are left out of every combination, never counted as gaps.
bool is_assessed(model::Status s);
// The score that goes with `status`: 100 for met, 0 for gap, and for partial `raw` kept within
// [0.1, 99.9] so that, rounded as reports print it, it reads neither 0 nor 100.
double settled_score(model::Status status, double raw);
// The status a score stands for: met at 100, gap at 0, partial between.
model::Status status_of_score(double score);

// One assessed verdict.
struct Verdict {
  model::Status status = model::Status::kNotAssessed;
  double score = 0;
};

// Combines assessed verdicts; unassessed ones are skipped.
//   kAll:   every part is needed (rules of a leaf, parts of a parent, sources of a mapping):
//           met when all are met, gap when all are gaps, else partial; score the mean.
//   kWorst: the verdict is as good as its worst part: worst status, lowest score.
// Either way the result's status and score agree when the parts' do.
class Combine {
 public:
  enum class Mode { kAll, kWorst };
  explicit Combine(Mode mode) : m_mode(mode) {}

  void add(Verdict v);
  int count() const { return m_count; }
  // The combined verdict; status not-assessed when nothing assessed was added.
  Verdict result() const;

 private:
  Mode m_mode;
  int m_count = 0, m_met = 0, m_gaps = 0;
  double m_sum = 0, m_min = 100;
};

}  // namespace ungap::engine
