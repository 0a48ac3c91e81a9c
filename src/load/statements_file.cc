// Company statements files: `company:`, `sources:` and `claims:`. A company's data may span
// several files; the workspace loader merges them by company id.
#include <fmt/format.h>

#include "load/file_kinds.h"

namespace ungap::load {

namespace {

using model::Claim;
using model::Company;
using model::Source;

const Schema<Company>& company_schema() {
  static const Schema<Company> s{
      "company",
      "The company: who it is and the facts that decide which obligations apply.",
      {
          {{"id", true, ValueType::kId, "Company id."},
           [](Reader& r, const YNode& n, Company& c) { c.id = r.id(n).value_or(""); }},
          {{"name", false, ValueType::kString, "Legal or common name."},
           [](Reader& r, const YNode& n, Company& c) { c.name = r.string(n).value_or(""); }},
          {{"sectors", false, ValueType::kStringList, "Sectors, e.g. cloud."},
           [](Reader& r, const YNode& n, Company& c) {
             c.sectors = r.term_list(n, model::TermField::kSector);
           }},
          {{"countries", false, ValueType::kStringList, "Countries (ISO 3166 alpha-2, lower)."},
           [](Reader& r, const YNode& n, Company& c) { c.countries = r.string_list(n); }},
          {{"contexts", false, ValueType::kStringList,
            "Facts that decide applicability, e.g. conflict-affected-areas."},
           [](Reader& r, const YNode& n, Company& c) {
             c.contexts = r.term_list(n, model::TermField::kContext);
           }},
          {{"attributes", false, ValueType::kAnyMap, "Free map visible to rules."},
           [](Reader& r, const YNode& n, Company& c) {
             if (r.expect_map(n, "attributes")) c.attributes = r.data(n);
           }},
          {{"note", false, ValueType::kString, "Free text for readers."},
           [](Reader& r, const YNode& n, Company& c) { c.note = r.string(n).value_or(""); }},
      }};
  return s;
}

const Schema<Source>& source_schema() {
  static const Schema<Source> s{
      "source",
      "A dated document that shows what the company said or did.",
      {
          {{"id", true, ValueType::kId, "Source id, unique within the company."},
           [](Reader& r, const YNode& n, Source& x) { x.id = r.id(n).value_or(""); }},
          {{"title", false, ValueType::kString, "Title of the document."},
           [](Reader& r, const YNode& n, Source& x) { x.title = r.string(n).value_or(""); }},
          {{"publisher", false, ValueType::kString, "Who published it."},
           [](Reader& r, const YNode& n, Source& x) { x.publisher = r.string(n).value_or(""); }},
          {{"by", false, ValueType::kEnum, "company (default) or third-party.",
            model::enum_spellings<model::By>},
           [](Reader& r, const YNode& n, Source& x) {
             x.by = r.enumeration<model::By>(n, "by").value_or(model::By::kCompany);
           }},
          {{"kind", false, ValueType::kEnum, "What sort of document it is.",
            model::enum_spellings<model::SourceKind>},
           [](Reader& r, const YNode& n, Source& x) {
             x.kind = r.enumeration<model::SourceKind>(n, "source kind");
           }},
          {{"date", false, ValueType::kDate, "Publication date (YYYY-MM-DD)."},
           [](Reader& r, const YNode& n, Source& x) { x.date = r.date(n); }},
          {{"date_precision", false, ValueType::kEnum,
            "How exactly the date is known: day, month or year.",
            model::enum_spellings<model::DatePrecision>},
           [](Reader& r, const YNode& n, Source& x) {
             x.date_precision = r.enumeration<model::DatePrecision>(n, "date precision");
           }},
          {{"date_basis", false, ValueType::kString,
            "How the date was established, e.g. the outlet's dateline."},
           [](Reader& r, const YNode& n, Source& x) { x.date_basis = r.string(n).value_or(""); }},
          {{"url", false, ValueType::kString, "Where it can be read."},
           [](Reader& r, const YNode& n, Source& x) { x.url = r.string(n).value_or(""); }},
          {{"quality", false, ValueType::kEnum,
            "primary (default), or secondary when known only through others' reports.",
            model::enum_spellings<model::Quality>},
           [](Reader& r, const YNode& n, Source& x) {
             x.quality =
                 r.enumeration<model::Quality>(n, "quality").value_or(model::Quality::kPrimary);
           }},
          {{"text", false, ValueType::kString,
            "Local text snapshot, relative to this file; quotes are verified against it."},
           [](Reader& r, const YNode& n, Source& x) {
             x.text_path = r.string(n).value_or("");
             x.text_loc = r.loc(n);
           }},
          {{"note", false, ValueType::kString, "Free text for readers."},
           [](Reader& r, const YNode& n, Source& x) { x.note = r.string(n).value_or(""); }},
      }};
  return s;
}

// The scope keys whose values are words of the vocabulary.
constexpr std::pair<std::string_view, model::TermField> kScopeTerms[] = {
    {"customers", model::TermField::kCustomer},
    {"products", model::TermField::kProduct},
};

void record_scope_terms(Reader& r, const YNode& scope) {
  for (std::size_t i = 0; i < scope.pair_count(); ++i)
    for (auto [key, field] : kScopeTerms) {
      const YNode& v = scope.val(i);
      if (scope.key(i).value != key) continue;
      if (v.is_scalar()) r.use_term(v, field, util::intern(v.value));
      if (!v.is_seq()) continue;
      for (const YNode* item : v.items)
        if (item->is_scalar()) r.use_term(*item, field, util::intern(item->value));
    }
}

const Schema<Claim>& claim_schema() {
  static const Schema<Claim> s{
      "claim",
      "What a source shows the company said or did, with an exact short quote.",
      {
          {{"id", true, ValueType::kId, "Claim id, unique within the company."},
           [](Reader& r, const YNode& n, Claim& c) { c.id = r.id(n).value_or(""); }},
          {{"source", false, ValueType::kId, "The source's id (required in statements files)."},
           [](Reader& r, const YNode& n, Claim& c) {
             if (auto ref = r.ref(n)) c.source = *ref;
           }},
          {{"date", false, ValueType::kDate, "When it was said or done; default: the source's."},
           [](Reader& r, const YNode& n, Claim& c) {
             auto d = r.date(n);
             c.date = d.value_or(util::Date{});
             c.date_given = d.has_value();
           }},
          {{"kind", true, ValueType::kEnum, "What sort of claim it is.",
            model::enum_spellings<model::ClaimKind>},
           [](Reader& r, const YNode& n, Claim& c) {
             c.kind = r.enumeration<model::ClaimKind>(n, "claim kind")
                          .value_or(model::ClaimKind::kCommitment);
           }},
          {{"by", false, ValueType::kEnum, "company or third-party; default: the source's.",
            model::enum_spellings<model::By>},
           [](Reader& r, const YNode& n, Claim& c) {
             c.extras.edit().by_given = r.enumeration<model::By>(n, "by");
           }},
          {{"topics", false, ValueType::kStringList, "Topics from the vocabulary."},
           [](Reader& r, const YNode& n, Claim& c) {
             if (!r.expect_list(n, "a list of strings")) return;
             for (const YNode* item : n.items)
               if (util::Symbol t = r.term(*item, model::TermField::kTopic)) c.topics.push_back(t);
           }},
          {{"quote", false, ValueType::kString, "Exact short quote from the source."},
           [](Reader& r, const YNode& n, Claim& c) {
             c.quote = r.string(n).value_or("");
             c.quote_loc = r.loc(n);
           }},
          {{"summary", false, ValueType::kString, "One sentence in the encoder's words."},
           [](Reader& r, const YNode& n, Claim& c) { c.summary = r.string(n).value_or(""); }},
          {{"scope", false, ValueType::kAnyMap, "What it covers, e.g. customers, products."},
           [](Reader& r, const YNode& n, Claim& c) {
             if (!r.expect_map(n, "scope")) return;
             c.extras.edit().scope = std::make_shared<model::Data>(r.data(n));
             record_scope_terms(r, n);
           }},
          {{"supersedes", false, ValueType::kIdList, "Earlier claims this one replaces."},
           [](Reader& r, const YNode& n, Claim& c) { c.extras.edit().supersedes = r.id_list(n); }},
          {{"impacts", false, ValueType::kIdList, "Ids of the impacts it concerns."},
           [](Reader& r, const YNode& n, Claim& c) { c.extras.edit().impacts = r.id_list(n); }},
          {{"note", false, ValueType::kString, "Free text for readers."},
           [](Reader& r, const YNode& n, Claim& c) {
             c.extras.edit().note = r.string(n).value_or("");
           }},
      }};
  return s;
}

// A precision or basis without a date, or a coarse date without a word on how it was chosen,
// leaves the reader unable to tell when the evidence became visible.
void check_dating(Reader& r, const Source& s) {
  if (!s.date && (s.date_precision || !s.date_basis.empty()))
    r.diags().warning(s.loc,
                      fmt::format("source '{}' says how its date is known but has no date", s.id),
                      "date-precision");
  else if (s.date_precision && *s.date_precision != model::DatePrecision::kDay &&
           s.date_basis.empty())
    r.diags().warning(s.loc,
                      fmt::format("source '{}' is dated to the {} only; say how the day was "
                                  "chosen in date_basis",
                                  s.id, model::to_string(*s.date_precision)),
                      "date-precision");
}

struct StatementsFile {
  Company company;
  bool required_source = true;
};

const Schema<StatementsFile>& file_schema() {
  static const Schema<StatementsFile> s{
      "statements file",
      "A company, its sources, its claims and the impacts they concern.",
      {
          {{"company", true, ValueType::kObject, "The company.", nullptr, company_table},
           [](Reader& r, const YNode& n, StatementsFile& f) { read_company(r, n, f.company); }},
          {{"sources", false, ValueType::kObjectList, "Sources.", nullptr, source_table},
           [](Reader& r, const YNode& n, StatementsFile& f) { read_sources(r, n, f.company); }},
          {{"claims", false, ValueType::kObjectList, "Claims.", nullptr, claim_table},
           [](Reader& r, const YNode& n, StatementsFile& f) {
             read_claims(r, n, f.company);
             for (const auto& c : f.company.claims)
               if (c.source.id.empty() && !c.id.empty())
                 r.diags().error(c.loc, "missing required key 'source' in claim", "missing-key");
           }},
          {{"impacts", false, ValueType::kObjectList, "Adverse impacts on people.", nullptr,
            impact_table},
           [](Reader& r, const YNode& n, StatementsFile& f) { read_impacts(r, n, f.company); }},
      }};
  return s;
}

}  // namespace

const KeyTable& company_table() {
  return company_schema().table();
}
const KeyTable& source_table() {
  return source_schema().table();
}
const KeyTable& claim_table() {
  return claim_schema().table();
}
const KeyTable& statements_file_table() {
  return file_schema().table();
}

void read_company(Reader& r, const YNode& n, Company& c) {
  c.loc = r.loc(n);
  read_map(r, n, company_schema(), c);
  c.has_metadata = n.is_map() && n.pair_count() > 1;
}

void read_sources(Reader& r, const YNode& n, Company& c) {
  if (!r.expect_list(n, "a list of sources")) return;
  c.sources.reserve(c.sources.size() + n.items.size());
  for (const YNode* item : n.items) {
    Source s;
    s.loc = r.loc(*item);
    if (read_map(r, *item, source_schema(), s) && !s.id.empty()) {
      check_dating(r, s);
      c.sources.push_back(std::move(s));
    }
  }
}

void read_claims(Reader& r, const YNode& n, Company& c) {
  if (!r.expect_list(n, "a list of claims")) return;
  c.claims.reserve(c.claims.size() + n.items.size());
  for (const YNode* item : n.items) {
    Claim cl;
    cl.loc = r.loc(*item);
    if (read_map(r, *item, claim_schema(), cl) && !cl.id.empty()) c.claims.push_back(std::move(cl));
  }
}

void load_statements_file(Reader& r, const YNode& root, model::Workspace& ws) {
  StatementsFile f;
  read_map(r, root, file_schema(), f);
  if (!f.company.id.empty()) ws.companies.push_back(std::move(f.company));
}

}  // namespace ungap::load
