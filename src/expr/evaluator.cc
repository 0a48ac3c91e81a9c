#include "expr/evaluator.h"

#include <fmt/format.h>

#include "expr/functions.h"
#include "expr/nesting.h"
#include "util/thread.h"

namespace ungap::expr {

namespace {

Value ident(const Expr& e, const Frame& f) {
  if (e.slot < 0) return Value::error(fmt::format("undeclared reference to '{}'", e.name));
  auto slot = static_cast<std::size_t>(e.slot);
  return slot < f.global_count ? f.globals[slot] : f.locals[slot - f.global_count];
}

Value select_object(const Expr& e, const ObjectData& object) {
  // The checker resolved the index when it knew the type; a dyn operand is looked up by name.
  int index = e.field_index >= 0 && e.args[0]->type.object() == object.type
                  ? e.field_index
                  : object.type->find(e.name);
  if (index < 0) {
    return e.test_only ? Value::boolean(false)
                       : Value::error(fmt::format("no such field '{}'", e.name));
  }
  if (e.test_only) return Value::boolean(object.present[index]);
  if (!object.present[index]) return Value::error(fmt::format("no such field '{}'", e.name));
  return object.fields[index];
}

Value select(const Expr& e, Frame& f) {
  Value operand = evaluate(*e.args[0], f);
  switch (operand.kind()) {
    case Value::Kind::kError:
      return operand;
    case Value::Kind::kObject:
      return select_object(e, operand.as_object());
    case Value::Kind::kMap: {
      const Value* v = operand.as_map().find(std::string_view(e.name));
      if (e.test_only) return Value::boolean(v != nullptr);
      return v ? *v : Value::error(fmt::format("no such key '{}'", e.name));
    }
    default:
      return Value::error(
          fmt::format("cannot select field '{}' from {}", e.name, kind_name(operand.kind())));
  }
}

// A call's result, once its step and what it allocated are paid for.
Value charged(Value v, Budget& budget) {
  std::uint64_t cost = 1;
  if (v.kind() == Value::Kind::kString) cost += v.as_string().size() / 16;
  if (v.kind() == Value::Kind::kList) cost += v.as_list().size();
  return budget.spend(cost) ? v : Value::error(kBudgetExceeded);
}

Value call(const Expr& e, Frame& f) {
  constexpr std::size_t kMaxArgs = 4;
  if (e.args.size() > kMaxArgs || e.overloads.empty()) {
    return Value::error(fmt::format("unknown function '{}'", e.name));
  }
  Value args[kMaxArgs];
  for (std::size_t i = 0; i < e.args.size(); ++i) {
    args[i] = evaluate(*e.args[i], f);
    if (args[i].is_error()) return args[i];
  }
  for (const Overload* o : e.overloads) {
    bool fits = true;
    for (std::size_t i = 0; fits && i < e.args.size(); ++i)
      fits = param_accepts(o->params[i], args[i]);
    if (fits) return charged(o->impl(args, e), *f.budget);
  }
  return no_matching_overload(e.name, args, e.args.size());
}

Value list(const Expr& e, Frame& f) {
  ValueList items;
  items.reserve(e.args.size());
  for (const auto& a : e.args) {
    items.push_back(evaluate(*a, f));
    if (items.back().is_error()) return items.back();
  }
  return Value::list(std::move(items));
}

Value map(const Expr& e, Frame& f) {
  std::vector<MapData::Entry> entries;
  for (std::size_t i = 0; i < e.args.size(); i += 2) {
    Value key = evaluate(*e.args[i], f);
    if (key.is_error()) return key;
    auto k = key.kind();
    if (k != Value::Kind::kString && k != Value::Kind::kInt && k != Value::Kind::kBool) {
      return Value::error(fmt::format("unsupported map key type {}", kind_name(k)));
    }
    Value value = evaluate(*e.args[i + 1], f);
    if (value.is_error()) return value;
    for (const auto& entry : entries) {
      if (values_equal(entry.first, key)) {
        return Value::error(fmt::format("repeated key {} in map literal", key.debug_string()));
      }
    }
    entries.emplace_back(std::move(key), std::move(value));
  }
  return Value::map(std::make_shared<const MapData>(std::move(entries)));
}

Value conditional(const Expr& e, Frame& f) {
  Value c = evaluate(*e.args[0], f);
  if (c.is_error()) return c;
  if (!c.is_bool()) return no_matching_overload("_?_:_", &c, 1);
  return evaluate(*e.args[c.as_bool() ? 1 : 2], f);
}

// && and || are commutative over errors: a deciding operand (false for &&, true for ||) wins
// whichever side it is on; otherwise the first error, or a type error for a non-bool.
Value logical(const Expr& e, Frame& f) {
  const bool decider = e.kind == ExprKind::kOr;
  Value left = evaluate(*e.args[0], f);
  if (left.is_bool() && left.as_bool() == decider) return left;
  Value right = evaluate(*e.args[1], f);
  if (right.is_bool() && right.as_bool() == decider) return right;
  if (left.is_bool() && right.is_bool()) return right;
  for (const Value* v : {&left, &right}) {
    if (v->is_error()) return *v;
  }
  Value both[] = {left, right};
  return no_matching_overload(decider ? "_||_" : "_&&_", both, 2);
}

}  // namespace

Value evaluate_comprehension(const Expr& e, Frame& f);

Value evaluate(const Expr& e, Frame& f) {
  if (util::stack_low()) return Value::error(kNestedTooDeeply);
  switch (e.kind) {
    case ExprKind::kLiteral:
      return e.literal;
    case ExprKind::kIdent:
      return ident(e, f);
    case ExprKind::kSelect:
      return select(e, f);
    case ExprKind::kCall:
      return call(e, f);
    case ExprKind::kList:
      return list(e, f);
    case ExprKind::kMap:
      return map(e, f);
    case ExprKind::kConditional:
      return conditional(e, f);
    case ExprKind::kAnd:
    case ExprKind::kOr:
      return logical(e, f);
    case ExprKind::kComprehension:
      return evaluate_comprehension(e, f);
  }
  return Value::error("unknown expression kind");
}

}  // namespace ungap::expr
