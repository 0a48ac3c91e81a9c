#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "expr/ast.h"
#include "expr/env.h"
#include "expr/error.h"
#include "expr/limits.h"
#include "expr/value.h"

namespace ungap::expr {

// Values for an Env's variables, by slot. Build one per Env and overwrite slots between
// evaluations (e.g. one activation per company, with the claim slot set per claim).
class Activation {
 public:
  // Every slot starts as an error value "no value for variable 'x'".
  explicit Activation(const Env& env);

  void set(int slot, Value value) { m_values.at(slot) = std::move(value); }
  // Convenience for tests and tools; false when the Env has no such variable.
  bool set(std::string_view name, Value value);
  const Value& get(int slot) const { return m_values.at(slot); }
  std::size_t size() const { return m_values.size(); }
  const Value* data() const { return m_values.data(); }

 private:
  const Env* m_env;
  std::vector<Value> m_values;
};

struct CompileOptions;
struct CompileResult;

// A compiled, type-checked expression. Immutable and cheap to copy; evaluate() may be called
// from many threads at once.
class Program {
 public:
  // Errors come back as an error value (Value::Kind::kError) with a message.
  // With a budget of Limits::max_eval_steps (from compile()).
  Value evaluate(const Activation& activation) const;
  // Spends from `budget`; when it runs out the result is an error and budget.exhausted().
  Value evaluate(const Activation& activation, Budget& budget) const;
  std::uint64_t max_steps() const { return m_data->max_steps; }

  const Type& result_type() const { return m_data->result; }
  const Expr& root() const { return *m_data->root; }
  const std::string& text() const { return m_data->text; }

 private:
  friend CompileResult compile_uncached(std::string_view, const Env&, const CompileOptions&);
  struct Data {
    std::string text;
    ExprPtr root;
    Type result;
    std::size_t global_count = 0;
    int local_count = 0;
    std::uint64_t max_steps = 0;
  };
  explicit Program(std::shared_ptr<const Data> data) : m_data(std::move(data)) {}
  std::shared_ptr<const Data> m_data;
};

struct CompileOptions {
  Limits limits;
  // CEL's disable_check: accept ill-typed expressions and report problems at run time.
  bool check_types = true;
};

struct CompileResult {
  std::optional<Program> program;  // set when errors is empty
  std::vector<ExprError> errors;   // in order of offset

  bool ok() const { return program.has_value(); }
};

// Parses and checks `text` against `env`. Never throws for bad input. For the rule environments
// (match_env, when_env) results are cached by text and options: programs are immutable, so
// callers may share them.
CompileResult compile(std::string_view text, const Env& env, const CompileOptions& options = {});
// The same without the cache.
CompileResult compile_uncached(std::string_view text, const Env& env,
                               const CompileOptions& options);

}  // namespace ungap::expr
