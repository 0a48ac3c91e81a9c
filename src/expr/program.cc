#include "expr/program.h"

#include <fmt/format.h>

#include <algorithm>

#include "expr/checker.h"
#include "expr/evaluator.h"
#include "expr/parser.h"

namespace ungap::expr {

Activation::Activation(const Env& env) : m_env(&env) {
  for (const auto& v : env.variables()) {
    m_values.push_back(Value::error(fmt::format("no value for variable '{}'", v.name)));
  }
}

bool Activation::set(std::string_view name, Value value) {
  int slot = m_env->find(name);
  if (slot < 0) return false;
  m_values[slot] = std::move(value);
  return true;
}

Value Program::evaluate(const Activation& activation) const {
  const Data& d = *m_data;
  if (activation.size() < d.global_count) {
    return Value::error("the activation has fewer variables than the program's environment");
  }
  Frame frame{activation.data(), d.global_count, nullptr};
  if (d.local_count == 0) return expr::evaluate(*d.root, frame);
  std::vector<Value> locals(d.local_count);
  frame.locals = locals.data();
  return expr::evaluate(*d.root, frame);
}

CompileResult compile(std::string_view text, const Env& env, const CompileOptions& options) {
  CompileResult result;
  ParseResult parsed = parse(text, options.limits);
  if (parsed.error) {
    result.errors.push_back(*parsed.error);
    return result;
  }
  CheckResult checked = check(*parsed.root, env, options.limits, options.check_types);
  if (!checked.errors.empty()) {
    result.errors = std::move(checked.errors);
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const ExprError& a, const ExprError& b) { return a.offset < b.offset; });
    return result;
  }
  auto data = std::make_shared<Program::Data>();
  data->text = std::string(text);
  data->root = std::move(parsed.root);
  data->result = checked.type;
  data->global_count = env.size();
  data->local_count = checked.local_count;
  result.program = Program(std::move(data));
  return result;
}

}  // namespace ungap::expr
