#include "model/workspace.h"

namespace ungap::model {

int Workspace::framework_index(std::string_view id) const {
  for (std::size_t i = 0; i < frameworks.size(); ++i)
    if (frameworks[i].id == id) return static_cast<int>(i);
  return -1;
}

const Framework* Workspace::framework(std::string_view id) const {
  int i = framework_index(id);
  return i < 0 ? nullptr : &frameworks[static_cast<std::size_t>(i)];
}

ObligationRef Workspace::find_obligation(std::string_view full_id) const {
  auto [fw, local] = split_ref(full_id);
  int f = framework_index(fw);
  if (f < 0) return {};
  int o = frameworks[static_cast<std::size_t>(f)].index_of(local);
  if (o < 0) return {};
  return {f, o};
}

const Obligation* Workspace::obligation(ObligationRef ref) const {
  if (!ref.valid()) return nullptr;
  return &frameworks[static_cast<std::size_t>(ref.framework)]
              .obligations[static_cast<std::size_t>(ref.obligation)];
}

const Company* Workspace::company(std::string_view id) const {
  for (const auto& c : companies)
    if (c.id == id) return &c;
  return nullptr;
}

}  // namespace ungap::model
