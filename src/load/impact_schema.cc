// The `impacts:` of a statements (or rule tests) file: adverse impacts on people, their
// severity and the company's involvement in each.
#include "load/file_kinds.h"

namespace ungap::load {

namespace {

using model::Impact;
using model::ImpactSeverity;
using model::Involvement;

struct Period {
  std::optional<util::Date> from;
  std::optional<util::Date> to;
};

const Schema<Period>& period_schema() {
  static const Schema<Period> s{
      "period",
      "When the impact happened; leave `to` out while it goes on.",
      {
          {{"from", false, ValueType::kDate, "First day known (YYYY-MM-DD)."},
           [](Reader& r, const YNode& n, Period& p) { p.from = r.date(n); }},
          {{"to", false, ValueType::kDate, "Last day known (YYYY-MM-DD); absent: ongoing."},
           [](Reader& r, const YNode& n, Period& p) { p.to = r.date(n); }},
      }};
  return s;
}

const Schema<ImpactSeverity>& severity_schema() {
  static const Schema<ImpactSeverity> s{
      "impact severity",
      "How severe the impact is, on the three scales of UNGP 14.",
      {
          {{"scale", true, ValueType::kEnum, "How grave the harm is to each person.",
            model::enum_spellings<model::Scale>},
           [](Reader& r, const YNode& n, ImpactSeverity& x) {
             x.scale = r.enumeration<model::Scale>(n, "scale").value_or(model::Scale::kMedium);
           }},
          {{"scope", true, ValueType::kEnum, "How many people are or could be harmed.",
            model::enum_spellings<model::Scope>},
           [](Reader& r, const YNode& n, ImpactSeverity& x) {
             x.scope = r.enumeration<model::Scope>(n, "scope").value_or(model::Scope::kLimited);
           }},
          {{"remediability", true, ValueType::kEnum,
            "Whether those harmed can be restored to their situation before it.",
            model::enum_spellings<model::Remediability>},
           [](Reader& r, const YNode& n, ImpactSeverity& x) {
             x.remediability = r.enumeration<model::Remediability>(n, "remediability")
                                   .value_or(model::Remediability::kRemediable);
           }},
      }};
  return s;
}

const Schema<Involvement>& involvement_schema() {
  static const Schema<Involvement> s{
      "involvement",
      "One mode of the company's involvement and the claims that support it.",
      {
          {{"mode", true, ValueType::kEnum, "cause, contribute or directly-linked (UNGP 13, 19).",
            model::enum_spellings<model::InvolvementMode>},
           [](Reader& r, const YNode& n, Involvement& x) {
             x.mode = r.enumeration<model::InvolvementMode>(n, "involvement mode")
                          .value_or(model::InvolvementMode::kContribute);
           }},
          {{"claims", true, ValueType::kIdList, "Ids of the claims this mode rests on."},
           [](Reader& r, const YNode& n, Involvement& x) { x.claims = r.id_list(n); }},
          {{"note", false, ValueType::kString, "Why these claims support this mode."},
           [](Reader& r, const YNode& n, Involvement& x) { x.note = r.string(n).value_or(""); }},
      }};
  return s;
}

const KeyTable& period_table() {
  return period_schema().table();
}
const KeyTable& severity_table() {
  return severity_schema().table();
}
const KeyTable& involvement_table() {
  return involvement_schema().table();
}

void read_involvement(Reader& r, const YNode& n, Impact& im) {
  if (!r.expect_list(n, "a list of involvement modes")) return;
  for (const YNode* item : n.items) {
    Involvement inv;
    inv.loc = r.loc(*item);
    if (read_map(r, *item, involvement_schema(), inv)) im.involvement.push_back(std::move(inv));
  }
}

const Schema<Impact>& impact_schema() {
  static const Schema<Impact> s{
      "impact",
      "An adverse impact on people and the company's involvement in it.",
      {
          {{"id", true, ValueType::kId, "Impact id, unique within the company."},
           [](Reader& r, const YNode& n, Impact& x) { x.id = r.id(n).value_or(""); }},
          {{"title", true, ValueType::kString, "What happened to whom, in a line."},
           [](Reader& r, const YNode& n, Impact& x) { x.title = r.string(n).value_or(""); }},
          {{"summary", false, ValueType::kString, "A few sentences in the encoder's words."},
           [](Reader& r, const YNode& n, Impact& x) { x.summary = r.string(n).value_or(""); }},
          {{"period", false, ValueType::kObject, "When it happened.", nullptr, period_table},
           [](Reader& r, const YNode& n, Impact& x) {
             Period p;
             read_map(r, n, period_schema(), p);
             x.period_from = p.from;
             x.period_to = p.to;
           }},
          {{"rights", false, ValueType::kStringList,
            "The human rights affected (words of the vocabulary's `rights`)."},
           [](Reader& r, const YNode& n, Impact& x) {
             x.rights = r.term_list(n, model::TermField::kRight);
           }},
          {{"rights_holders", false, ValueType::kStringList,
            "The groups of rights-holders affected (words of the vocabulary's `rights_holders`)."},
           [](Reader& r, const YNode& n, Impact& x) {
             x.rights_holders = r.term_list(n, model::TermField::kRightsHolder);
           }},
          {{"severity", false, ValueType::kObject, "Scale, scope and remediability.", nullptr,
            severity_table},
           [](Reader& r, const YNode& n, Impact& x) {
             x.severity.given = read_map(r, n, severity_schema(), x.severity);
           }},
          {{"involvement", false, ValueType::kObjectList,
            "The company's involvement: one entry per mode claimed; several modes: disputed.",
            nullptr, involvement_table},
           read_involvement},
          {{"note", false, ValueType::kString, "Free text for readers."},
           [](Reader& r, const YNode& n, Impact& x) { x.note = r.string(n).value_or(""); }},
      }};
  return s;
}

}  // namespace

const KeyTable& impact_table() {
  return impact_schema().table();
}

void read_impacts(Reader& r, const YNode& n, model::Company& c) {
  if (!r.expect_list(n, "a list of impacts")) return;
  for (const YNode* item : n.items) {
    Impact im;
    im.loc = r.loc(*item);
    if (read_map(r, *item, impact_schema(), im) && !im.id.empty())
      c.impacts.push_back(std::move(im));
  }
}

}  // namespace ungap::load
