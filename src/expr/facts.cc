#include "expr/facts.h"

#include <optional>

#include "expr/rule_env.h"
#include "expr/timestamp.h"

namespace ungap::expr {

namespace {

// The field index when `e` is claim.<field> on the claim object type.
int claim_field(const Expr& e) {
  if (e.kind != ExprKind::kSelect || e.test_only) return -1;
  const Expr& operand = e.arg(0);
  if (operand.kind != ExprKind::kIdent || operand.type.object() != claim_type()) return -1;
  return e.field_index;
}

const std::string* string_literal(const Expr& e) {
  if (e.kind != ExprKind::kLiteral || e.literal.kind() != Value::Kind::kString) return nullptr;
  return &e.literal.as_string();
}

bool is_var(const Expr& e, const std::string& var) {
  return e.kind == ExprKind::kIdent && e.name == var;
}

// The string literals of a list literal, or nullopt when any element is not one.
std::optional<std::vector<std::string>> string_list(const Expr& e) {
  if (e.kind != ExprKind::kList) return std::nullopt;
  std::vector<std::string> out;
  for (const auto& item : e.args) {
    const std::string* s = string_literal(*item);
    if (!s) return std::nullopt;
    out.push_back(*s);
  }
  return out;
}

struct Alternatives {
  RequiredFact::Kind kind;
  int field;
  std::vector<std::string> values;
};

std::optional<Alternatives> merge(std::optional<Alternatives> a, std::optional<Alternatives> b) {
  if (!a || !b || a->kind != b->kind || a->field != b->field) return std::nullopt;
  a->values.insert(a->values.end(), b->values.begin(), b->values.end());
  return a;
}

// The literals `var` must equal for a comprehension's predicate to hold:
// `v == 'a' || 'b' == v || v in ['c', 'd']`.
std::optional<std::vector<std::string>> var_values(const Expr& e, const std::string& var) {
  if (e.kind == ExprKind::kOr) {
    auto a = var_values(e.arg(0), var), b = var_values(e.arg(1), var);
    if (!a || !b) return std::nullopt;
    a->insert(a->end(), b->begin(), b->end());
    return a;
  }
  if (e.kind != ExprKind::kCall || e.args.size() != 2) return std::nullopt;
  if (e.name == "_==_") {
    for (auto [v, lit] : {std::pair{&e.arg(0), &e.arg(1)}, std::pair{&e.arg(1), &e.arg(0)}})
      if (is_var(*v, var) && string_literal(*lit))
        return std::vector<std::string>{*string_literal(*lit)};
  }
  if (e.name == "@in" && is_var(e.arg(0), var)) return string_list(e.arg(1));
  return std::nullopt;
}

// A condition of the form "claim.<field> is (or contains) one of these strings", if `e` has one.
std::optional<Alternatives> alternatives(const Expr& e) {
  if (e.kind == ExprKind::kOr) return merge(alternatives(e.arg(0)), alternatives(e.arg(1)));
  if (e.kind == ExprKind::kComprehension && e.macro == MacroKind::kExists) {
    int index = claim_field(e.arg(0));
    if (index < 0 || e.arg(0).type.kind() != TypeKind::kList) return std::nullopt;
    auto values = var_values(e.arg(1), e.var);
    if (!values) return std::nullopt;
    return Alternatives{RequiredFact::Kind::kListContains, index, *values};
  }
  if (e.kind != ExprKind::kCall || e.args.size() != 2) return std::nullopt;
  const Expr& a = e.arg(0);
  const Expr& b = e.arg(1);
  if (e.name == "_==_") {
    for (auto [field, literal] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
      int index = claim_field(*field);
      const std::string* value = string_literal(*literal);
      if (index >= 0 && value && field->type.kind() == TypeKind::kString)
        return Alternatives{RequiredFact::Kind::kFieldEquals, index, {*value}};
    }
  } else if (e.name == "@in") {
    int index = claim_field(b);
    const std::string* value = string_literal(a);
    if (index >= 0 && value && b.type.kind() == TypeKind::kList)
      return Alternatives{RequiredFact::Kind::kListContains, index, {*value}};
    int field = claim_field(a);
    auto values = string_list(b);
    if (field >= 0 && values && a.type.kind() == TypeKind::kString)
      return Alternatives{RequiredFact::Kind::kFieldEquals, field, *values};
  }
  return std::nullopt;
}

// The comparison operators, and what each becomes with its operands swapped.
struct CompareOp {
  std::string_view name;
  RequiredFact::Compare op, swapped;
};
using C = RequiredFact::Compare;
constexpr CompareOp kCompareOps[] = {
    {"_<_", C::kLess, C::kGreater}, {"_<=_", C::kLessEqual, C::kGreaterEqual},
    {"_>_", C::kGreater, C::kLess}, {"_>=_", C::kGreaterEqual, C::kLessEqual},
    {"_==_", C::kEqual, C::kEqual}, {"_!=_", C::kNotEqual, C::kNotEqual},
};

// Seconds since the epoch of `date('YYYY-MM-DD')` with a valid literal date. An invalid one is
// left to CEL, which reports it.
std::optional<std::int64_t> date_literal(const Expr& e) {
  if (e.kind != ExprKind::kCall || e.name != "date" || e.receiver || e.args.size() != 1)
    return std::nullopt;
  const std::string* text = string_literal(e.arg(0));
  if (!text) return std::nullopt;
  auto t = parse_date(*text);
  if (!t) return std::nullopt;
  return t->seconds;
}

// `claim.<timestamp field> <op> date('...')`, either way round.
std::optional<RequiredFact> date_compare(const Expr& e) {
  if (e.kind != ExprKind::kCall || e.args.size() != 2) return std::nullopt;
  for (const auto& op : kCompareOps) {
    if (e.name != op.name) continue;
    for (bool swapped : {false, true}) {
      const Expr& field = e.arg(swapped ? 1 : 0);
      int index = claim_field(field);
      auto seconds = date_literal(e.arg(swapped ? 0 : 1));
      if (index >= 0 && seconds && field.type.kind() == TypeKind::kTimestamp)
        return RequiredFact{RequiredFact::Kind::kDateCompare, index,   "", {},
                            swapped ? op.swapped : op.op,     *seconds};
    }
  }
  return std::nullopt;
}

// Returns whether every conjunct below `e` became a fact.
bool collect(const Expr& e, std::vector<RequiredFact>& out) {
  if (e.kind == ExprKind::kAnd) {
    bool a = collect(e.arg(0), out);
    bool b = collect(e.arg(1), out);
    return a && b;
  }
  if (auto fact = date_compare(e)) {
    out.push_back(*fact);
    return true;
  }
  auto alt = alternatives(e);
  if (!alt || alt->values.empty()) return false;
  if (alt->values.size() == 1)
    out.push_back({alt->kind, alt->field, alt->values[0]});
  else
    out.push_back({alt->kind, alt->field, "", alt->values});
  return true;
}

}  // namespace

std::vector<RequiredFact> required_facts(const Program& program) {
  std::vector<RequiredFact> out;
  collect(program.root(), out);
  return out;
}

bool facts_are_complete(const Program& program) {
  std::vector<RequiredFact> out;
  return collect(program.root(), out);
}

}  // namespace ungap::expr
