#include "engine/combine.h"

#include <algorithm>

namespace ungap::engine {

using model::Status;

Status worst(Status a, Status b) {
  return std::min(a, b);
}

bool is_assessed(Status s) {
  return s == Status::kGap || s == Status::kPartial || s == Status::kMet;
}

double settled_score(Status status, double raw) {
  switch (status) {
    case Status::kMet:
      return 100;
    case Status::kGap:
      return 0;
    case Status::kPartial:
      return std::clamp(raw, 0.1, 99.9);
    default:
      return 0;  // not-applicable and not-assessed carry no score
  }
}

Status status_of_score(double score) {
  return score >= 100 ? Status::kMet : score <= 0 ? Status::kGap : Status::kPartial;
}

void Combine::add(Verdict v) {
  if (!is_assessed(v.status)) return;
  ++m_count;
  m_met += v.status == Status::kMet;
  m_gaps += v.status == Status::kGap;
  m_sum += v.score;
  m_min = std::min(m_min, v.score);
}

Verdict Combine::result() const {
  if (m_count == 0) return {};
  if (m_mode == Mode::kWorst) {
    Status s = m_gaps > 0 ? Status::kGap : m_met == m_count ? Status::kMet : Status::kPartial;
    return {s, settled_score(s, m_min)};
  }
  Status s = m_met == m_count ? Status::kMet : m_gaps == m_count ? Status::kGap : Status::kPartial;
  return {s, settled_score(s, m_sum / m_count)};
}

}  // namespace ungap::engine
