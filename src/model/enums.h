#pragma once
// The closed vocabularies of the formats (docs/formats.md), each with its spelling in YAML. The
// tables drive parsing, schemas and writers alike, so a new value is added in one place.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ungap::model {

enum class Severity { kCritical, kHigh, kMedium, kLow };
enum class By : std::uint8_t { kCompany, kThirdParty };
enum class SourceKind { kPolicy, kReport, kBlog, kLetter, kNews, kFiling, kStatement, kOther };
enum class Quality { kPrimary, kSecondary };
// How exactly a source's date is known: to the day, or only to the month or the year.
enum class DatePrecision : std::uint8_t { kDay, kMonth, kYear };
enum class ClaimKind : std::uint8_t {
  kCommitment,
  kProcess,
  kAction,
  kDisclosure,
  kFinding,
  kDenial,
  kAllegation,
  kResponse
};
enum class Relation { kEqual, kSubset, kSuperset, kIntersect };
// Ordered worst first, so the worst of several statuses is the minimum.
enum class Status { kGap, kPartial, kMet, kNotApplicable, kNotAssessed };
enum class Flag { kContested, kOverdue, kLate, kDerived };
// What a matching contesting element does to a met verdict (docs/evaluation.md §5): `lower` turns
// it into partial and lowers the score, `flag` only marks it contested.
enum class OnContest { kLower, kFlag };
// Impacts (model/impact.h). Severity scales rank from 1 (least severe, first enumerator) up.
// What a rule is evaluated once for (`per:`).
enum class RulePer : std::uint8_t { kCompany, kImpact };
enum class InvolvementMode : std::uint8_t { kCause, kContribute, kDirectlyLinked };
enum class Scale : std::uint8_t { kLow, kMedium, kHigh, kVeryHigh };
enum class Scope : std::uint8_t { kIndividual, kLimited, kLarge, kWidespread };
enum class Remediability : std::uint8_t { kRemediable, kDifficult, kIrremediable };

template <typename E>
struct EnumName {
  E value;
  std::string_view name;
};

template <typename E>
const std::vector<EnumName<E>>& enum_names();

template <typename E>
std::string_view to_string(E value) {
  for (const auto& n : enum_names<E>())
    if (n.value == value) return n.name;
  return "?";
}

template <typename E>
std::optional<E> parse_enum(std::string_view text) {
  for (const auto& n : enum_names<E>())
    if (n.name == text) return n.value;
  return std::nullopt;
}

template <typename E>
std::vector<std::string> enum_spellings() {
  std::vector<std::string> out;
  for (const auto& n : enum_names<E>()) out.emplace_back(n.name);
  return out;
}

}  // namespace ungap::model
