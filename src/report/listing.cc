#include "report/listing.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "report/vocabulary_doc.h"
#include "util/single_line.h"
#include "util/text.h"

namespace ungap::report {

namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string aligned(Rows rows) {
  for (auto& r : rows)
    for (auto& cell : r) cell = util::single_line(cell);  // a line break must not start a row
  return util::aligned_columns(rows);
}

Rows frameworks(const model::Workspace& ws, const engine::Selection& sel) {
  Rows rows{{"ID", "OBLIGATIONS", "TITLE"}};
  for (const auto& fw : ws.frameworks)
    if (sel.has(fw.loc)) rows.push_back({fw.id, std::to_string(fw.obligations.size()), fw.title});
  return rows;
}

Rows obligations(const model::Workspace& ws, const engine::Selection& sel) {
  Rows rows{{"ID", "WEIGHT", "ASSESSED", "TITLE"}};
  for (const auto& fw : ws.frameworks)
    for (const auto& ob : fw.obligations) {
      if (!sel.has(fw.loc)) break;
      std::string assessed = !ob.leaf() ? "parent" : ob.assessable ? "yes" : "no";
      rows.push_back({ob.full_id, std::string(model::to_string(ob.effective_severity())), assessed,
                      std::string(2 * fw.depth(ob), ' ') + ob.title});
    }
  return rows;
}

Rows companies(const model::Workspace& ws, const engine::Selection& sel) {
  Rows rows{{"ID", "SOURCES", "CLAIMS", "NAME"}};
  for (const auto& c : ws.companies)
    if (sel.has(c.loc))
      rows.push_back(
          {c.id, std::to_string(c.sources.size()), std::to_string(c.claims.size()), c.name});
  return rows;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ",") + i;
  return out;
}

// Each company's impacts, most severe first (ties in file order).
Rows impacts(const model::Workspace& ws, const engine::Selection& sel) {
  Rows rows{{"COMPANY/IMPACT", "SEVERITY", "INVOLVEMENT", "RIGHTS-HOLDERS", "CLAIMS", "TITLE"}};
  for (const auto& c : ws.companies) {
    if (!sel.has(c.loc)) continue;
    std::vector<const model::Impact*> sorted;
    for (const auto& im : c.impacts) sorted.push_back(&im);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
      return a->severity.rank() > b->severity.rank();
    });
    for (const auto* im : sorted) {
      std::size_t claims = 0;
      for (const auto& cl : c.claims)
        for (const auto& ref : cl.extras->impacts) claims += ref.id == im->id;
      std::string severity = im->severity.given ? im->severity_text() : "-";
      std::string involvement = im->involvement_label();
      rows.push_back({c.id + "/" + im->id, severity, involvement.empty() ? "-" : involvement,
                      im->rights_holders.empty() ? "-" : joined(im->rights_holders),
                      std::to_string(claims), im->title});
    }
  }
  return rows;
}

Rows rules(const model::Workspace& ws, const engine::Selection& sel) {
  Rows rows{{"ID", "CHECKS", "ELEMENTS", "TITLE"}};
  for (const auto& r : ws.rules) {
    if (!sel.has(r.loc)) continue;
    std::string checks;
    for (const auto& c : r.checks) checks += (checks.empty() ? "" : ",") + c.id;
    rows.push_back({r.id, checks, std::to_string(r.elements.size()), r.title});
  }
  return rows;
}

// The vocabulary's fields as `list` names them: `rights_holders` is `rights-holders`.
std::string list_name(const model::TermFieldInfo& f) {
  std::string out(f.section);
  for (char& c : out)
    if (c == '_') c = '-';
  return out;
}

const model::TermFieldInfo* term_listing(const std::string& what) {
  for (const auto& f : model::term_fields())
    if (list_name(f) == what) return &f;
  return nullptr;
}

Rows terms(const model::Vocabulary& v, model::TermField field) {
  Rows rows{{"ID", "GROUP", "DEFINITION"}};
  for (const auto& t : v.of(field))
    rows.push_back({t.id, t.group.empty() ? "-" : t.group, t.definition});
  return rows;
}

// Why the vocabulary cannot answer `what`, or "".
std::string missing_vocabulary(const model::Vocabulary& v, const model::TermFieldInfo* f) {
  if (!v.present)
    return "this workspace has no vocabulary file (a YAML file with a top-level 'vocabulary:' "
           "key; see `ungap schema vocabulary`)";
  if (f && !v.checks(f->field))
    return fmt::format("the vocabulary declares no '{}' list", f->section);
  return "";
}

using Lister = Rows (*)(const model::Workspace&, const engine::Selection&);

const std::map<std::string, Lister>& listings() {
  static const std::map<std::string, Lister> k{{"frameworks", frameworks},
                                               {"obligations", obligations},
                                               {"companies", companies},
                                               {"impacts", impacts},
                                               {"rules", rules}};
  return k;
}

}  // namespace

std::vector<std::string> listing_names() {
  std::vector<std::string> names{"frameworks", "obligations", "companies",
                                 "impacts",    "rules",       "vocabulary"};
  for (const auto& f : model::term_fields()) names.push_back(list_name(f));
  return names;
}

Listing list_workspace(const model::Workspace& ws, const engine::Selection& selection,
                       const std::string& what) {
  if (listings().count(what)) return {aligned(listings().at(what)(ws, selection)), ""};
  const model::Vocabulary& v = ws.vocabulary;
  const model::TermFieldInfo* field = term_listing(what);
  std::string why = missing_vocabulary(v, field);
  if (!why.empty()) return {"", why};
  return {field ? aligned(terms(v, field->field)) : vocabulary_markdown(v), ""};
}

}  // namespace ungap::report
