// Framework files: `framework:` (the header) and `obligations:` (nested with `children:`).
#include <fmt/format.h>

#include "load/file_kinds.h"
#include "load/resolve.h"

namespace ungap::load {

namespace {

using model::Framework;
using model::Obligation;

// An obligation as read, before its children are flattened into the framework.
struct ObligationIn {
  Obligation ob;
  const YNode* children = nullptr;
};

template <typename T>
using F = Field<T>;

const Schema<Framework>& header_schema() {
  static const Schema<Framework> s{
      "framework header",
      "Who issued the framework and which version is encoded.",
      {
          {{"id", true, ValueType::kId, "Framework id, e.g. ungp."},
           [](Reader& r, const YNode& n, Framework& f) { f.id = r.id(n).value_or(""); }},
          {{"title", true, ValueType::kString, "Full title."},
           [](Reader& r, const YNode& n, Framework& f) { f.title = r.string(n).value_or(""); }},
          {{"version", false, ValueType::kString, "Version or year."},
           [](Reader& r, const YNode& n, Framework& f) { f.version = r.string(n).value_or(""); }},
          {{"publisher", false, ValueType::kString, "Issuing body and document reference."},
           [](Reader& r, const YNode& n, Framework& f) { f.publisher = r.string(n).value_or(""); }},
          {{"url", false, ValueType::kString, "Where the framework is published."},
           [](Reader& r, const YNode& n, Framework& f) { f.url = r.string(n).value_or(""); }},
          {{"license", false, ValueType::kString, "Licence and attribution of the source text."},
           [](Reader& r, const YNode& n, Framework& f) { f.license = r.string(n).value_or(""); }},
          {{"note", false, ValueType::kString, "Free text for readers."},
           [](Reader& r, const YNode& n, Framework& f) { f.note = r.string(n).value_or(""); }},
      }};
  return s;
}

const KeyTable& header_table() {
  return header_schema().table();
}
const KeyTable& obligation_table();

const Schema<ObligationIn>& obligation_schema() {
  static const Schema<ObligationIn> s{
      "obligation",
      "One requirement of a framework; leaves are assessed, parents aggregate.",
      {
          {{"id", true, ValueType::kId, "Id unique in the framework, e.g. 15.a."},
           [](Reader& r, const YNode& n, ObligationIn& o) { o.ob.id = r.id(n).value_or(""); }},
          {{"title", true, ValueType::kString, "Short title."},
           [](Reader& r, const YNode& n, ObligationIn& o) {
             o.ob.title = r.string(n).value_or("");
           }},
          {{"text", false, ValueType::kString, "Paraphrase of what it asks."},
           [](Reader& r, const YNode& n, ObligationIn& o) {
             o.ob.text = r.string(n).value_or("");
           }},
          {{"severity", false, ValueType::kEnum, "critical, high, medium (default) or low.",
            model::enum_spellings<model::Severity>},
           [](Reader& r, const YNode& n, ObligationIn& o) {
             o.ob.severity = r.enumeration<model::Severity>(n, "severity");
           }},
          {{"on_contest", false, ValueType::kEnum,
            "What a matching contested_by element does to a met rule of this obligation: lower "
            "(met becomes partial, the score drops) or flag (marked contested only). Default: "
            "lower when the severity is critical, else flag. A rule's own on_contest wins.",
            model::enum_spellings<model::OnContest>},
           [](Reader& r, const YNode& n, ObligationIn& o) {
             o.ob.on_contest = r.enumeration<model::OnContest>(n, "on_contest");
           }},
          {{"tags", false, ValueType::kStringList, "Free tags, e.g. pillar-2."},
           [](Reader& r, const YNode& n, ObligationIn& o) { o.ob.tags = r.string_list(n); }},
          {{"cite", false, ValueType::kString, "Paragraph reference in the source."},
           [](Reader& r, const YNode& n, ObligationIn& o) {
             o.ob.cite = r.string(n).value_or("");
           }},
          {{"quote", false, ValueType::kString, "A short exact quotation of the source."},
           [](Reader& r, const YNode& n, ObligationIn& o) {
             o.ob.quote = r.string(n).value_or("");
           }},
          {{"note", false, ValueType::kString, "Free text for readers."},
           [](Reader& r, const YNode& n, ObligationIn& o) {
             o.ob.note = r.string(n).value_or("");
           }},
          {{"due", false, ValueType::kDate, "Deadline (YYYY-MM-DD)."},
           [](Reader& r, const YNode& n, ObligationIn& o) { o.ob.due = r.date(n); }},
          {{"applies_when", false, ValueType::kExpr,
            "Rule expression over company and as_of; false makes it not applicable."},
           [](Reader& r, const YNode& n, ObligationIn& o) { o.ob.applies_when = r.located(n); }},
          {{"assessable", false, ValueType::kBool,
            "false for a heading or a duty that is not the company's."},
           [](Reader& r, const YNode& n, ObligationIn& o) {
             o.ob.assessable = r.boolean(n).value_or(true);
           }},
          {{"children", false, ValueType::kObjectList, "Sub-obligations.", nullptr,
            obligation_table},
           [](Reader& r, const YNode& n, ObligationIn& o) {
             if (r.expect_list(n, "a list of obligations")) o.children = &n;
           }},
      }};
  return s;
}

const KeyTable& obligation_table() {
  return obligation_schema().table();
}

void read_obligations(Reader& r, const YNode& list, int parent, Framework& fw) {
  for (const YNode* item : list.items) {
    ObligationIn in;
    in.ob.loc = r.loc(*item);
    read_map(r, *item, obligation_schema(), in);
    in.ob.parent = parent;
    in.ob.full_id = fw.id + "/" + in.ob.id;
    int index = static_cast<int>(fw.obligations.size());
    if (parent != model::kNoParent)
      fw.obligations[static_cast<std::size_t>(parent)].children.push_back(index);
    fw.obligations.push_back(std::move(in.ob));
    if (in.children) read_obligations(r, *in.children, index, fw);
  }
}

struct FrameworkFile {
  Framework fw;
  const YNode* obligations = nullptr;
};

const Schema<FrameworkFile>& file_schema() {
  static const Schema<FrameworkFile> s{
      "framework file",
      "A framework and its obligations.",
      {
          {{"framework", true, ValueType::kObject, "The framework's header.", nullptr,
            header_table},
           [](Reader& r, const YNode& n, FrameworkFile& f) {
             f.fw.loc = r.loc(n);
             read_map(r, n, header_schema(), f.fw);
           }},
          {{"obligations", true, ValueType::kObjectList, "The obligations, nested by children.",
            nullptr, obligation_table},
           [](Reader& r, const YNode& n, FrameworkFile& f) {
             if (r.expect_list(n, "a list of obligations")) f.obligations = &n;
           }},
      }};
  return s;
}

}  // namespace

const KeyTable& framework_file_table() {
  return file_schema().table();
}

void load_framework_file(Reader& r, const YNode& root, model::Workspace& ws) {
  FrameworkFile f;
  read_map(r, root, file_schema(), f);
  // Without a valid id the framework is not added, but its obligations are still read so that
  // every problem in the file is reported in one run.
  if (f.obligations) read_obligations(r, *f.obligations, model::kNoParent, f.fw);
  // Obligation ids are checked here, not in resolve(), so that they are checked even when the
  // framework is dropped for a missing or invalid id.
  check_obligation_ids(f.fw, r.diags());
  if (!f.fw.id.empty()) ws.frameworks.push_back(std::move(f.fw));
}

}  // namespace ungap::load
