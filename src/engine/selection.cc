#include "engine/selection.h"

#include <fmt/format.h>

#include <algorithm>

#include "model/rule.h"
#include "util/suggest.h"

namespace ungap::engine {

Selection::Selection(const model::Workspace& ws,
                     const std::function<bool(const model::InputFile&)>& asked)
    : m_all(false) {
  for (const auto& in : ws.inputs) {
    m_inputs.insert(in.path);
    if (asked(in)) m_selected.insert(in.path);
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

std::string Selection::nothing_under(const model::Workspace& ws, const std::string& paths) const {
  if (!ws.inputs.empty() && !none()) return "";
  return "no workspace file (*.yaml, *.yml) under " + paths;
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

std::vector<int> named_frameworks(const model::Workspace& ws, const std::vector<std::string>& ids,
                                  std::vector<std::string>& problems) {
  std::vector<int> out;
  std::vector<std::string> known;
  for (const auto& f : ws.frameworks) known.push_back(f.id);
  for (std::size_t i = 0; i < ws.frameworks.size(); ++i)
    if (ids.empty() || std::find(ids.begin(), ids.end(), ws.frameworks[i].id) != ids.end())
      out.push_back(static_cast<int>(i));
  for (const auto& id : ids)
    if (!ws.framework(id))
      problems.push_back(
          fmt::format("unknown framework '{}'{}", id, util::did_you_mean(id, known)));
  return out;
}

void check_company_ids(const model::Workspace& ws, const std::vector<std::string>& ids,
                       std::vector<std::string>& problems) {
  std::vector<std::string> known;
  for (const auto& c : ws.companies) known.push_back(c.id);
  for (const auto& id : ids)
    if (!ws.company(id))
      problems.push_back(fmt::format("unknown company '{}'{}", id, util::did_you_mean(id, known)));
}

model::ObligationRef named_obligation(const model::Workspace& ws, const std::string& full_id,
                                      std::vector<std::string>& problems) {
  auto ref = ws.find_obligation(full_id);
  if (ref.valid()) return ref;
  std::vector<std::string> ids;
  for (const auto& fw : ws.frameworks)
    for (const auto& ob : fw.obligations) ids.push_back(ob.full_id);
  problems.push_back(
      fmt::format("unknown obligation '{}'{}", full_id, util::did_you_mean(full_id, ids)));
  return ref;
}

}  // namespace ungap::engine
