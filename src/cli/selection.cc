#include "cli/selection.h"

#include <algorithm>

#include "load/workspace_root.h"
#include "model/rule.h"

namespace ungap::cli {

Selection::Selection(const model::Workspace& ws, const std::vector<std::filesystem::path>& selected)
    : m_all(selected.empty()) {
  for (const auto& in : ws.inputs) {
    m_inputs.insert(in.path);
    for (const auto& s : selected)
      if (load::is_within(in.real_path, s)) m_selected.insert(in.path);
  }
}

bool Selection::has(const util::SourceFile* file) const {
  if (m_all || !file) return true;
  return !m_inputs.count(file->path()) || m_selected.count(file->path());
}

std::vector<util::Diagnostic> Selection::filter(std::vector<util::Diagnostic> ds) const {
  if (m_all) return ds;
  ds.erase(std::remove_if(ds.begin(), ds.end(), [&](const auto& d) { return !has(d.loc); }),
           ds.end());
  return ds;
}

std::vector<std::string> Selection::companies(const model::Workspace& ws) const {
  std::vector<std::string> out;
  if (m_all) return out;
  // A company's statements may be split over several files; any of them selects it.
  for (const auto& c : ws.companies)
    if (has(c.loc) || std::any_of(c.claims.begin(), c.claims.end(),
                                  [&](const auto& claim) { return has(claim.loc); }))
      out.push_back(c.id);
  return out;
}

std::vector<std::string> Selection::frameworks(const model::Workspace& ws) const {
  std::vector<std::string> out;
  if (m_all) return out;
  for (const auto& fw : ws.frameworks)
    if (has(fw.loc)) out.push_back(fw.id);
  if (!out.empty()) return out;
  std::set<std::string> checked;
  for (const auto& r : ws.rules) {
    if (!has(r.loc)) continue;
    for (const auto& c : r.checks) checked.insert(std::string(model::split_ref(c.id).first));
  }
  for (const auto& fw : ws.frameworks)
    if (checked.count(fw.id)) out.push_back(fw.id);
  return out;
}

}  // namespace ungap::cli
