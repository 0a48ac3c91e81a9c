#include "model/enums.h"

namespace ungap::model {

template <>
const std::vector<EnumName<Severity>>& enum_names() {
  static const std::vector<EnumName<Severity>> k{{Severity::kCritical, "critical"},
                                                 {Severity::kHigh, "high"},
                                                 {Severity::kMedium, "medium"},
                                                 {Severity::kLow, "low"}};
  return k;
}

template <>
const std::vector<EnumName<By>>& enum_names() {
  static const std::vector<EnumName<By>> k{{By::kCompany, "company"},
                                           {By::kThirdParty, "third-party"}};
  return k;
}

template <>
const std::vector<EnumName<SourceKind>>& enum_names() {
  static const std::vector<EnumName<SourceKind>> k{
      {SourceKind::kPolicy, "policy"},       {SourceKind::kReport, "report"},
      {SourceKind::kBlog, "blog"},           {SourceKind::kLetter, "letter"},
      {SourceKind::kNews, "news"},           {SourceKind::kFiling, "filing"},
      {SourceKind::kStatement, "statement"}, {SourceKind::kOther, "other"}};
  return k;
}

template <>
const std::vector<EnumName<Quality>>& enum_names() {
  static const std::vector<EnumName<Quality>> k{{Quality::kPrimary, "primary"},
                                                {Quality::kSecondary, "secondary"}};
  return k;
}

template <>
const std::vector<EnumName<DatePrecision>>& enum_names() {
  static const std::vector<EnumName<DatePrecision>> k{{DatePrecision::kDay, "day"},
                                                      {DatePrecision::kMonth, "month"},
                                                      {DatePrecision::kYear, "year"}};
  return k;
}

template <>
const std::vector<EnumName<ClaimKind>>& enum_names() {
  static const std::vector<EnumName<ClaimKind>> k{
      {ClaimKind::kCommitment, "commitment"}, {ClaimKind::kProcess, "process"},
      {ClaimKind::kAction, "action"},         {ClaimKind::kDisclosure, "disclosure"},
      {ClaimKind::kFinding, "finding"},       {ClaimKind::kDenial, "denial"},
      {ClaimKind::kAllegation, "allegation"}, {ClaimKind::kResponse, "response"}};
  return k;
}

template <>
const std::vector<EnumName<Relation>>& enum_names() {
  static const std::vector<EnumName<Relation>> k{{Relation::kEqual, "equal"},
                                                 {Relation::kSubset, "subset"},
                                                 {Relation::kSuperset, "superset"},
                                                 {Relation::kIntersect, "intersect"}};
  return k;
}

template <>
const std::vector<EnumName<Status>>& enum_names() {
  static const std::vector<EnumName<Status>> k{{Status::kGap, "gap"},
                                               {Status::kPartial, "partial"},
                                               {Status::kMet, "met"},
                                               {Status::kNotApplicable, "not-applicable"},
                                               {Status::kNotAssessed, "not-assessed"}};
  return k;
}

template <>
const std::vector<EnumName<Flag>>& enum_names() {
  static const std::vector<EnumName<Flag>> k{{Flag::kContested, "contested"},
                                             {Flag::kOverdue, "overdue"},
                                             {Flag::kLate, "late"},
                                             {Flag::kDerived, "derived"}};
  return k;
}

template <>
const std::vector<EnumName<OnContest>>& enum_names() {
  static const std::vector<EnumName<OnContest>> k{{OnContest::kLower, "lower"},
                                                  {OnContest::kFlag, "flag"}};
  return k;
}

template <>
const std::vector<EnumName<RulePer>>& enum_names() {
  static const std::vector<EnumName<RulePer>> k{{RulePer::kCompany, "company"},
                                                {RulePer::kImpact, "impact"}};
  return k;
}

// Spelled worst first in schemas and messages; the enumerators rank least severe first.
template <>
const std::vector<EnumName<InvolvementMode>>& enum_names() {
  static const std::vector<EnumName<InvolvementMode>> k{
      {InvolvementMode::kCause, "cause"},
      {InvolvementMode::kContribute, "contribute"},
      {InvolvementMode::kDirectlyLinked, "directly-linked"}};
  return k;
}

template <>
const std::vector<EnumName<Scale>>& enum_names() {
  static const std::vector<EnumName<Scale>> k{{Scale::kVeryHigh, "very-high"},
                                              {Scale::kHigh, "high"},
                                              {Scale::kMedium, "medium"},
                                              {Scale::kLow, "low"}};
  return k;
}

template <>
const std::vector<EnumName<Scope>>& enum_names() {
  static const std::vector<EnumName<Scope>> k{{Scope::kWidespread, "widespread"},
                                              {Scope::kLarge, "large"},
                                              {Scope::kLimited, "limited"},
                                              {Scope::kIndividual, "individual"}};
  return k;
}

template <>
const std::vector<EnumName<Remediability>>& enum_names() {
  static const std::vector<EnumName<Remediability>> k{
      {Remediability::kIrremediable, "irremediable"},
      {Remediability::kDifficult, "difficult"},
      {Remediability::kRemediable, "remediable"}};
  return k;
}

}  // namespace ungap::model
