#include "expr/checker.h"

#include <fmt/format.h>

#include <algorithm>

#include "expr/functions.h"
#include "expr/hints.h"
#include "expr/nesting.h"
#include "expr/regex.h"
#include "util/suggest.h"
#include "util/thread.h"

namespace ungap::expr {

namespace {

// " (did you mean 'x'?)" from util's one "did you mean", over the names in scope.
std::string suggestion(std::string_view name, const std::vector<std::string_view>& names) {
  return util::did_you_mean(name, std::vector<std::string>(names.begin(), names.end()));
}

Type literal_type(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kNull:
      return Type::null();
    case Value::Kind::kBool:
      return Type::boolean();
    case Value::Kind::kInt:
      return Type::integer();
    case Value::Kind::kDouble:
      return Type::floating();
    case Value::Kind::kString:
      return Type::string();
    default:
      return Type::dyn();
  }
}

std::string type_list(const std::vector<Type>& types) {
  std::string out;
  for (const Type& t : types) out += (out.empty() ? "" : ", ") + t.to_string();
  return out;
}

bool meets_constraint(const Overload& o, const std::vector<Type>& args) {
  switch (o.constraint) {
    case Constraint::kNone:
      return true;
    case Constraint::kSameType:
      return is_assignable(args[0], args[1]);
    case Constraint::kElemOfList:
      return is_assignable(args[1].elem(), args[0]);
    case Constraint::kKeyOfMap: {
      bool map_first = args[0].kind() == TypeKind::kMap;
      return is_assignable((map_first ? args[0] : args[1]).key(), map_first ? args[1] : args[0]);
    }
    case Constraint::kSameList:
      return is_assignable(args[0].elem(), args[1].elem());
  }
  return true;
}

Type result_type(const Overload& o, const std::vector<Type>& args) {
  switch (o.rule) {
    case ResultRule::kFixed:
      return Type(o.result);
    case ResultRule::kListElem:
      return args[0].elem();
    case ResultRule::kMapValue:
      return args[0].value();
    case ResultRule::kFirstArg:
      return args[0];
    case ResultRule::kJoinLists:
      return Type::list(join(args[0].elem(), args[1].elem()));
  }
  return Type::dyn();
}

bool is_valid_key_type(const Type& t) {
  return t.is_dyn() || t.kind() == TypeKind::kString || t.kind() == TypeKind::kInt ||
         t.kind() == TypeKind::kBool;
}

class Checker {
 public:
  Checker(const Env& env, const Limits& limits, bool check_types)
      : m_env(env), m_limits(limits), m_strict(check_types) {}

  CheckResult run(Expr& root) {
    Type t = visit(root);
    return {std::move(m_errors), t, m_max_locals};
  }

 private:
  struct Local {
    std::string name;
    int slot;
    Type type;
  };

  void error(std::size_t offset, std::string message) {
    if (m_strict) m_errors.push_back({offset, std::move(message)});
  }

  Type visit(Expr& e) {
    if (util::stack_low()) {  // a backstop: an error in lenient mode too, for nothing runs
      m_errors.push_back({e.offset, kNestedTooDeeply});
      return e.type = Type::dyn();
    }
    e.type = infer(e);
    return e.type;
  }

  Type infer(Expr& e) {
    switch (e.kind) {
      case ExprKind::kLiteral:
        return literal_type(e.literal);
      case ExprKind::kIdent:
        return ident(e);
      case ExprKind::kSelect:
        return select(e);
      case ExprKind::kCall:
        return call(e);
      case ExprKind::kList:
        return list(e);
      case ExprKind::kMap:
        return map(e);
      case ExprKind::kConditional:
        return conditional(e);
      case ExprKind::kAnd:
      case ExprKind::kOr:
        return logical(e);
      case ExprKind::kComprehension:
        return comprehension(e);
    }
    return Type::dyn();
  }

  Type declared(const Type& t) const { return m_strict ? t : Type::dyn(); }

  Type ident(Expr& e) {
    for (auto it = m_locals.rbegin(); it != m_locals.rend(); ++it) {
      if (it->name == e.name) {
        e.slot = it->slot;
        return declared(it->type);
      }
    }
    e.slot = m_env.find(e.name);
    if (e.slot >= 0) return declared(m_env.variables()[e.slot].type);
    std::vector<std::string_view> names;
    for (const auto& v : m_env.variables()) names.push_back(v.name);
    for (const auto& l : m_locals) names.push_back(l.name);
    error(e.offset,
          fmt::format("undeclared reference to '{}'{}", e.name, suggestion(e.name, names)));
    return Type::dyn();
  }

  // The dotted name of a chain of selections on an identifier ("a.b.c"), or "".
  static std::string dotted_name(const Expr& e) {
    if (e.kind == ExprKind::kIdent) return e.name;
    if (e.kind != ExprKind::kSelect || e.test_only) return "";
    std::string prefix = dotted_name(*e.args[0]);
    return prefix.empty() ? "" : prefix + "." + e.name;
  }

  bool is_local(const Expr& e) const {
    const Expr* root = &e;
    while (root->kind == ExprKind::kSelect) root = root->args[0].get();
    return std::any_of(m_locals.begin(), m_locals.end(),
                       [&](const Local& l) { return l.name == root->name; });
  }

  // CEL resolves a.b.c to a variable named "a.b.c" or "a.b" when one is declared, longest
  // first; such a chain becomes a single identifier.
  bool resolve_qualified(Expr& e) {
    if (e.test_only || is_local(e)) return false;
    std::string name = dotted_name(e);
    if (name.empty() || m_env.find(name) < 0) return false;
    e.kind = ExprKind::kIdent;
    e.name = std::move(name);
    e.args.clear();
    return true;
  }

  Type select(Expr& e) {
    if (resolve_qualified(e)) return ident(e);
    Type operand = visit(*e.args[0]);
    Type field = Type::dyn();
    if (operand.kind() == TypeKind::kObject) {
      const ObjectType& object = *operand.object();
      e.field_index = object.find(e.name);
      if (e.field_index >= 0) {
        field = object.fields[e.field_index].type;
      } else {
        std::vector<std::string_view> names;
        for (const auto& f : object.fields) names.push_back(f.name);
        error(e.offset, fmt::format("unknown field '{}' on {}{}", e.name, object.name,
                                    suggestion(e.name, names)));
      }
    } else if (operand.kind() == TypeKind::kMap) {
      if (!is_assignable(operand.key(), Type::string())) {
        error(e.offset, fmt::format("cannot select field '{}' from {}: its keys are not strings",
                                    e.name, operand.to_string()));
      }
      field = operand.value();
    } else if (!operand.is_dyn()) {
      error(e.offset, fmt::format("cannot select field '{}' from {}", e.name, operand.to_string()));
    }
    return e.test_only ? Type::boolean() : field;
  }

  Type call(Expr& e) {
    std::vector<Type> args;
    for (auto& a : e.args) args.push_back(visit(*a));
    std::vector<const Overload*> same_style;
    for (const Overload& o : overloads()) {
      if (o.function == e.name && o.receiver == e.receiver && o.params.size() == args.size()) {
        same_style.push_back(&o);
      }
    }
    for (const Overload* o : same_style) {
      bool fits = meets_constraint(*o, args);
      for (std::size_t i = 0; fits && i < args.size(); ++i)
        fits = param_accepts(o->params[i], args[i]);
      if (fits || !m_strict) e.overloads.push_back(o);
    }
    if (e.overloads.empty()) return unresolved_call(e, args, !same_style.empty());
    if (e.name == "matches") compile_literal_pattern(e);
    Type result = result_type(*e.overloads.front(), args);
    for (const Overload* o : e.overloads) {
      if (!(result_type(*o, args) == result)) result = Type::dyn();
    }
    return declared(result);
  }

  Type unresolved_call(const Expr& e, const std::vector<Type>& args, bool name_and_style_exist) {
    if (name_and_style_exist || function_exists(e.name)) {
      bool has_other_style = false;
      for (const Overload& o : overloads()) {
        has_other_style |= o.function == e.name && o.receiver != e.receiver;
      }
      if (!name_and_style_exist && has_other_style) {
        error(e.offset,
              e.receiver ? fmt::format("'{}' is not a method; call it as {}(...)", e.name, e.name)
                         : fmt::format("'{}' is a method; call it as x.{}(...)", e.name, e.name));
      } else {
        error(e.offset, fmt::format("no matching overload for '{}' applied to ({}){}", e.name,
                                    type_list(args), overload_hint(e, args)));
      }
    } else {
      error(e.offset,
            fmt::format("unknown function '{}'{}", e.name, suggestion(e.name, function_names())));
    }
    return Type::dyn();
  }

  void compile_literal_pattern(Expr& e) {
    e.max_regex_program_size = m_limits.max_regex_program_size;
    const Expr& pattern = *e.args[1];
    if (pattern.kind != ExprKind::kLiteral || pattern.literal.kind() != Value::Kind::kString)
      return;
    auto compiled = compile_regex(pattern.literal.as_string(), m_limits.max_regex_program_size);
    if (auto* message = std::get_if<std::string>(&compiled)) {
      // Reported even without type checking: the pattern is wrong whatever the data.
      m_errors.push_back({pattern.offset, *message});
    } else {
      e.regex = std::get<0>(compiled);
    }
  }

  Type list(Expr& e) {
    if (e.args.empty()) return Type::list(Type::unknown());
    Type elem = visit(*e.args[0]);
    for (std::size_t i = 1; i < e.args.size(); ++i) elem = join(elem, visit(*e.args[i]));
    return Type::list(elem);
  }

  Type map(Expr& e) {
    Type key = Type::unknown(), value = Type::unknown();
    for (std::size_t i = 0; i < e.args.size(); i += 2) {
      Type k = visit(*e.args[i]);
      Type v = visit(*e.args[i + 1]);
      if (!is_valid_key_type(k)) {
        error(e.args[i]->offset,
              fmt::format("map keys must be string, int or bool, not {}", k.to_string()));
      }
      key = i == 0 ? k : join(key, k);
      value = i == 0 ? v : join(value, v);
    }
    return Type::map(key, value);
  }

  void require_bool(const Expr& e, const Type& t, std::string_view what) {
    if (!is_assignable(Type::boolean(), t)) {
      error(e.offset, fmt::format("{} must be bool, not {}", what, t.to_string()));
    }
  }

  // CEL types `?:` as bool ? A : A: the branches must have one type (dyn fits any).
  Type conditional(Expr& e) {
    Type condition = visit(*e.args[0]);
    require_bool(*e.args[0], condition, "the condition of '?:'");
    Type then = visit(*e.args[1]);
    Type otherwise = visit(*e.args[2]);
    if (!is_assignable(then, otherwise)) {
      error(e.offset, fmt::format("no matching overload for '_?_:_' applied to ({}, {}, {})",
                                  condition.to_string(), then.to_string(), otherwise.to_string()));
    }
    return join(then, otherwise);
  }

  Type logical(Expr& e) {
    const char* op = e.kind == ExprKind::kAnd ? "'&&'" : "'||'";
    for (auto& a : e.args) require_bool(*a, visit(*a), fmt::format("an operand of {}", op));
    return Type::boolean();
  }

  Type comprehension(Expr& e) {
    Type range = visit(*e.args[0]);
    Type var = range.kind() == TypeKind::kList ? range.elem() : range.key();
    if (range.kind() != TypeKind::kList && range.kind() != TypeKind::kMap && !range.is_dyn()) {
      error(e.offset, fmt::format("{}() needs a list or map, not {}", e.name, range.to_string()));
    }
    e.slot = static_cast<int>(m_env.size() + m_locals.size());
    m_locals.push_back({e.var, e.slot, var});
    m_max_locals = std::max(m_max_locals, static_cast<int>(m_locals.size()));
    Type first = visit(*e.args[1]);
    Type second = e.args.size() > 2 ? visit(*e.args[2]) : Type();
    m_locals.pop_back();
    if (e.macro != MacroKind::kMap) {
      require_bool(*e.args[1], first, fmt::format("the predicate of {}()", e.name));
    }
    switch (e.macro) {
      case MacroKind::kFilter:
        return Type::list(var);
      case MacroKind::kMap:
        return Type::list(first);
      case MacroKind::kMapFilter:
        return Type::list(second);
      default:
        return Type::boolean();
    }
  }

  const Env& m_env;
  const Limits& m_limits;
  bool m_strict;
  std::vector<ExprError> m_errors;
  std::vector<Local> m_locals;
  int m_max_locals = 0;
};

}  // namespace

CheckResult check(Expr& root, const Env& env, const Limits& limits, bool check_types) {
  return Checker(env, limits, check_types).run(root);
}

}  // namespace ungap::expr
