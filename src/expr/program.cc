#include "expr/program.h"

#include <fmt/format.h>

#include <algorithm>
#include <mutex>
#include <unordered_map>

#include "expr/checker.h"
#include "expr/evaluator.h"
#include "expr/parser.h"
#include "expr/rule_env.h"

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
  Budget budget{m_data->max_steps};
  return evaluate(activation, budget);
}

Value Program::evaluate(const Activation& activation, Budget& budget) const {
  const Data& d = *m_data;
  if (activation.size() < d.global_count) {
    return Value::error("the activation has fewer variables than the program's environment");
  }
  Frame frame{activation.data(), d.global_count, nullptr, &budget};
  if (d.local_count == 0) return expr::evaluate(*d.root, frame);
  std::vector<Value> locals(d.local_count);
  frame.locals = locals.data();
  return expr::evaluate(*d.root, frame);
}

namespace {

// Compiled programs by text, environment and options. `load` type-checks every expression and
// the engine compiles them again to run them; rule files also repeat expressions. Programs are
// immutable, so one can serve every caller. Bounded, so a fuzzer or a huge workspace cannot
// grow it without end.
class CompileCache {
 public:
  std::optional<CompileResult> find(const std::string& key) {
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end()) return std::nullopt;
    return it->second;
  }
  void add(std::string key, const CompileResult& result) {
    std::lock_guard lock(m_mutex);
    if (m_bytes + key.size() > kMaxBytes) {
      m_entries.clear();
      m_bytes = 0;
    }
    m_bytes += key.size();
    m_entries.emplace(std::move(key), result);
  }

 private:
  static constexpr std::size_t kMaxBytes = 32u << 20;
  std::mutex m_mutex;
  std::unordered_map<std::string, CompileResult> m_entries;
  std::size_t m_bytes = 0;
};

CompileCache& cache() {
  static CompileCache c;
  return c;
}

std::string cache_key(std::string_view text, const Env& env, const CompileOptions& o) {
  return fmt::format("{}|{}|{}|{}|{}|{}|{}", static_cast<const void*>(&env), o.check_types,
                     o.limits.max_length, o.limits.max_depth, o.limits.max_regex_program_size,
                     o.limits.max_eval_steps, text);
}

}  // namespace

CompileResult compile(std::string_view text, const Env& env, const CompileOptions& options) {
  // Only the two rule environments are cached: they never change, while another Env may be
  // changed, or a new one made at a freed one's address.
  if (&env != &match_env() && &env != &when_env()) return compile_uncached(text, env, options);
  std::string key = cache_key(text, env, options);
  if (auto hit = cache().find(key)) return *hit;
  CompileResult result = compile_uncached(text, env, options);
  cache().add(std::move(key), result);
  return result;
}

CompileResult compile_uncached(std::string_view text, const Env& env,
                               const CompileOptions& options) {
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
  data->max_steps = options.limits.max_eval_steps;
  result.program = Program(std::move(data));
  return result;
}

}  // namespace ungap::expr
