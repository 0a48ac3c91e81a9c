#include "report/input_kinds.h"

#include <filesystem>
#include <map>

namespace ungap::report {

namespace {

using Kinds = std::map<std::string, std::string_view>;

// The first kind given to a path wins, so the order of the calls below decides the ties (a
// tests file that declares companies is still a tests file).
void mark(Kinds& kinds, const util::Location& loc, std::string_view kind) {
  if (loc.valid()) kinds.emplace(loc.path(), kind);
}

Kinds kinds_by_path(const model::Workspace& ws) {
  Kinds k;
  for (const auto& f : ws.frameworks) mark(k, f.loc, "framework");
  for (const auto& m : ws.mappings) mark(k, m.loc, "mapping");
  for (const auto& r : ws.rules) mark(k, r.loc, "rules");
  for (const auto& t : ws.tests) mark(k, t.loc, "tests");
  mark(k, ws.vocabulary.loc, "vocabulary");
  for (const auto& f : model::term_fields())
    for (const auto& t : ws.vocabulary.of(f.field)) mark(k, t.loc, "vocabulary");
  for (const auto& c : ws.companies) {
    mark(k, c.loc, "statements");
    for (const auto& cl : c.claims) mark(k, cl.loc, "statements");
    for (const auto& s : c.sources) {
      mark(k, s.loc, "statements");
      if (!s.text_display.empty()) k.emplace(s.text_display, "snapshot");
    }
  }
  return k;
}

}  // namespace

std::vector<std::string_view> input_kinds(const model::Workspace& ws) {
  Kinds k = kinds_by_path(ws);
  std::vector<std::string_view> out;
  for (const auto& in : ws.inputs) {
    auto it = k.find(in.path);
    if (it != k.end())
      out.push_back(it->second);
    else if (std::filesystem::path(in.path).filename() == "ungap.yaml")
      out.push_back("config");
    else
      out.push_back("other");
  }
  return out;
}

}  // namespace ungap::report
