// Evaluation of the macros all, exists, exists_one, filter and map. Each loop runs once per
// element of a finite list or map, so evaluation time is bounded by the data's size.
#include <fmt/format.h>

#include "expr/evaluator.h"

namespace ungap::expr {

namespace {

Value predicate_error(const Expr& e, const Value& v) {
  if (v.is_error()) return v;
  return Value::error(
      fmt::format("the predicate of {}() returned {}, not bool", e.name, kind_name(v.kind())));
}

class Loop {
 public:
  Loop(const Expr& e, Frame& f) : m_e(e), m_f(f) {}

  Value run(const Value& range) {
    const ValueList* items = range.kind() == Value::Kind::kList ? &range.as_list() : nullptr;
    if (!items && range.kind() != Value::Kind::kMap) {
      return Value::error(
          fmt::format("{}() needs a list or map, not {}", m_e.name, kind_name(range.kind())));
    }
    std::size_t n = items ? items->size() : range.as_map().size();
    Value& var = m_f.locals[m_e.slot - m_f.global_count];
    for (std::size_t i = 0; i < n; ++i) {
      if (!m_f.budget->spend(1)) {
        var = Value();
        return Value::error(kBudgetExceeded);
      }
      var = items ? (*items)[i] : range.as_map().entries()[i].first;
      if (!step()) break;
    }
    var = Value();
    return finish();
  }

 private:
  // Handles one element; false stops the loop early.
  bool step() {
    Value p = evaluate(*m_e.args[1], m_f);
    switch (m_e.macro) {
      case MacroKind::kAll:
      case MacroKind::kExists: {
        bool decider = m_e.macro == MacroKind::kExists;
        if (p.is_bool() && p.as_bool() == decider) return decide(Value::boolean(decider));
        if (!p.is_bool() && m_error.kind() == Value::Kind::kNull) m_error = predicate_error(m_e, p);
        return true;
      }
      case MacroKind::kExistsOne:
        if (!p.is_bool()) return decide(predicate_error(m_e, p));
        m_count += p.as_bool();
        return true;
      case MacroKind::kMap:
        return p.is_error() ? decide(p) : (m_items.push_back(std::move(p)), true);
      case MacroKind::kFilter:
      case MacroKind::kMapFilter:
        return filter(p);
      default:
        return decide(Value::error("unknown macro"));
    }
  }

  bool filter(const Value& p) {
    if (!p.is_bool()) return decide(predicate_error(m_e, p));
    if (!p.as_bool()) return true;
    if (m_e.macro == MacroKind::kFilter) {
      m_items.push_back(m_f.locals[m_e.slot - m_f.global_count]);
      return true;
    }
    Value v = evaluate(*m_e.args[2], m_f);
    if (v.is_error()) return decide(v);
    m_items.push_back(std::move(v));
    return true;
  }

  bool decide(Value result) {
    m_result = std::move(result);
    m_decided = true;
    return false;
  }

  Value finish() {
    if (m_decided) return m_result;
    switch (m_e.macro) {
      case MacroKind::kAll:
      case MacroKind::kExists:
        if (m_error.kind() != Value::Kind::kNull) return m_error;
        return Value::boolean(m_e.macro == MacroKind::kAll);
      case MacroKind::kExistsOne:
        return Value::boolean(m_count == 1);
      default:
        return Value::list(std::move(m_items));
    }
  }

  const Expr& m_e;
  Frame& m_f;
  Value m_result;
  Value m_error;  // null until a predicate errs
  bool m_decided = false;
  std::int64_t m_count = 0;
  ValueList m_items;
};

}  // namespace

Value evaluate_comprehension(const Expr& e, Frame& f) {
  Value range = evaluate(*e.args[0], f);
  if (range.is_error()) return range;
  return Loop(e, f).run(range);
}

}  // namespace ungap::expr
