#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "expr/type.h"

namespace ungap::expr {

// The variables an expression may use. Each gets a slot, its index in declaration order;
// compiled programs refer to variables by slot, and an Activation supplies values by slot.
class Env {
 public:
  struct Variable {
    std::string name;
    Type type;
  };

  // Declares a variable and returns its slot. Redeclaring a name replaces its type.
  int add(std::string name, Type type);
  // The slot of `name`, or -1.
  int find(std::string_view name) const;
  const std::vector<Variable>& variables() const { return m_variables; }
  std::size_t size() const { return m_variables.size(); }

 private:
  std::vector<Variable> m_variables;
};

}  // namespace ungap::expr
