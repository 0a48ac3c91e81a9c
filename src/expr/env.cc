#include "expr/env.h"

namespace ungap::expr {

int Env::add(std::string name, Type type) {
  int slot = find(name);
  if (slot >= 0) {
    m_variables[slot].type = std::move(type);
    return slot;
  }
  m_variables.push_back({std::move(name), std::move(type)});
  return static_cast<int>(m_variables.size() - 1);
}

int Env::find(std::string_view name) const {
  for (std::size_t i = 0; i < m_variables.size(); ++i) {
    if (m_variables[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace ungap::expr
