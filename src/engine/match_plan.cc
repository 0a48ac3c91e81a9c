#include "engine/match_plan.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "expr/rule_env.h"
#include "expr/timestamp.h"

namespace ungap::engine {

std::optional<MatchEngine> match_engine_from_environment() {
  static const std::optional<MatchEngine> engine = []() -> std::optional<MatchEngine> {
    const char* env = std::getenv("UNGAP_ENGINE");
    std::string_view value = env ? env : "";
    if (value.empty()) return MatchEngine::kNative;
    if (value == "cel") return MatchEngine::kCel;
    return std::nullopt;
  }();
  return engine;
}

MatchEngine default_match_engine() {
  return match_engine_from_environment().value_or(MatchEngine::kNative);
}

namespace {

using expr::Expr;
using expr::ExprKind;
using Field = ClaimFact::Field;
using Compare = ClaimFact::Compare;
namespace CF = expr::ClaimField;

// The field index when `e` is claim.<field> on the claim object type.
int claim_field(const Expr& e) {
  if (e.kind != ExprKind::kSelect || e.test_only) return -1;
  const Expr& operand = e.arg(0);
  if (operand.kind != ExprKind::kIdent || operand.type.object() != expr::claim_type()) return -1;
  return e.field_index;
}

const std::string* string_literal(const Expr& e) {
  if (e.kind != ExprKind::kLiteral || e.literal.kind() != expr::Value::Kind::kString)
    return nullptr;
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

// "claim.<field> equals one of `values`" or, with `contains`, "claim.<field> (a list) contains
// one of them".
struct Alternatives {
  bool contains;
  int field;
  std::vector<std::string> values;
};

std::optional<Alternatives> merge(std::optional<Alternatives> a, std::optional<Alternatives> b) {
  if (!a || !b || a->contains != b->contains || a->field != b->field) return std::nullopt;
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

// `claim.<list>.exists(v, <var_values>)`.
std::optional<Alternatives> exists_alternatives(const Expr& e) {
  int index = claim_field(e.arg(0));
  if (index < 0 || e.arg(0).type.kind() != expr::TypeKind::kList) return std::nullopt;
  auto values = var_values(e.arg(1), e.var);
  if (!values) return std::nullopt;
  return Alternatives{true, index, *values};
}

// A condition of the form "claim.<field> is (or contains) one of these strings", if `e` is one.
std::optional<Alternatives> alternatives(const Expr& e) {
  if (e.kind == ExprKind::kOr) return merge(alternatives(e.arg(0)), alternatives(e.arg(1)));
  if (e.kind == ExprKind::kComprehension && e.macro == expr::MacroKind::kExists)
    return exists_alternatives(e);
  if (e.kind != ExprKind::kCall || e.args.size() != 2) return std::nullopt;
  const Expr& a = e.arg(0);
  const Expr& b = e.arg(1);
  if (e.name == "_==_") {
    for (auto [field, literal] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
      int index = claim_field(*field);
      const std::string* value = string_literal(*literal);
      if (index >= 0 && value && field->type.kind() == expr::TypeKind::kString)
        return Alternatives{false, index, {*value}};
    }
  } else if (e.name == "@in") {
    int index = claim_field(b);
    const std::string* value = string_literal(a);
    if (index >= 0 && value && b.type.kind() == expr::TypeKind::kList)
      return Alternatives{true, index, {*value}};
    int field = claim_field(a);
    auto values = string_list(b);
    if (field >= 0 && values && a.type.kind() == expr::TypeKind::kString)
      return Alternatives{false, field, *values};
  }
  return std::nullopt;
}

// The enum values spelled in `names`, once each, and their bits.
template <typename E>
void resolve_enum(const std::vector<std::string>& names, ClaimFact& fact) {
  for (const auto& n : names)
    if (auto v = model::parse_enum<E>(n)) fact.mask |= 1u << static_cast<unsigned>(*v);
  for (unsigned v = 0; v < 32; ++v)
    if (fact.mask & (1u << v)) fact.values.push_back(static_cast<int>(v));
}

// The claim fields the fast path decides: which comparison, on which field.
struct FieldRule {
  bool contains;
  int field;  // an expr::ClaimField index
  Field as;
};
constexpr FieldRule kFieldRules[] = {
    {false, CF::kKind, Field::kKind},
    {false, CF::kBy, Field::kBy},
    {false, CF::kId, Field::kId},
    {true, CF::kTopics, Field::kTopics},
};

std::optional<ClaimFact> resolve(const Alternatives& alt) {
  if (alt.values.empty()) return std::nullopt;
  auto rule = std::find_if(std::begin(kFieldRules), std::end(kFieldRules), [&](const auto& r) {
    return r.contains == alt.contains && r.field == alt.field;
  });
  if (rule == std::end(kFieldRules)) return std::nullopt;
  ClaimFact fact;
  fact.field = rule->as;
  if (fact.field == Field::kKind) resolve_enum<model::ClaimKind>(alt.values, fact);
  if (fact.field == Field::kBy) resolve_enum<model::By>(alt.values, fact);
  if (fact.field == Field::kId) fact.ids = alt.values;
  if (fact.field == Field::kTopics)
    for (const auto& v : alt.values) fact.topics.push_back(util::intern(v));
  return fact;
}

// The comparison operators, and what each becomes with its operands swapped.
struct CompareOp {
  std::string_view name;
  Compare op, swapped;
};
constexpr CompareOp kCompareOps[] = {
    {"_<_", Compare::kLess, Compare::kGreater},
    {"_<=_", Compare::kLessEqual, Compare::kGreaterEqual},
    {"_>_", Compare::kGreater, Compare::kLess},
    {"_>=_", Compare::kGreaterEqual, Compare::kLessEqual},
    {"_==_", Compare::kEqual, Compare::kEqual},
    {"_!=_", Compare::kNotEqual, Compare::kNotEqual},
};

// Seconds since the epoch of `date('YYYY-MM-DD')` with a valid literal date. An invalid one is
// left to CEL, which reports it.
std::optional<std::int64_t> date_literal(const Expr& e) {
  if (e.kind != ExprKind::kCall || e.name != "date" || e.receiver || e.args.size() != 1)
    return std::nullopt;
  const std::string* text = string_literal(e.arg(0));
  if (!text) return std::nullopt;
  auto t = expr::parse_date(*text);
  if (!t) return std::nullopt;
  return t->seconds;
}

// `claim.date <op> date('...')`, either way round.
std::optional<ClaimFact> date_compare(const Expr& e) {
  if (e.kind != ExprKind::kCall || e.args.size() != 2) return std::nullopt;
  for (const auto& op : kCompareOps) {
    if (e.name != op.name) continue;
    for (bool swapped : {false, true}) {
      auto seconds = date_literal(e.arg(swapped ? 0 : 1));
      if (claim_field(e.arg(swapped ? 1 : 0)) != CF::kDate || !seconds) continue;
      ClaimFact fact;
      fact.field = Field::kDate;
      fact.compare = swapped ? op.swapped : op.op;
      fact.seconds = *seconds;
      return fact;
    }
  }
  return std::nullopt;
}

// Adds the facts among the conjuncts below `e`; returns whether every conjunct became one.
bool collect(const Expr& e, std::vector<ClaimFact>& out) {
  if (e.kind == ExprKind::kAnd) {
    bool a = collect(e.arg(0), out);
    bool b = collect(e.arg(1), out);
    return a && b;
  }
  auto fact = date_compare(e);
  if (!fact)
    if (auto alt = alternatives(e)) fact = resolve(*alt);
  if (!fact) return false;
  out.push_back(std::move(*fact));
  return true;
}

// As CEL compares timestamps: claim dates and date() literals are both midnight UTC.
bool compare_seconds(Compare op, std::int64_t a, std::int64_t b) {
  switch (op) {
    case Compare::kLess:
      return a < b;
    case Compare::kLessEqual:
      return a <= b;
    case Compare::kGreater:
      return a > b;
    case Compare::kGreaterEqual:
      return a >= b;
    case Compare::kEqual:
      return a == b;
    case Compare::kNotEqual:
      return a != b;
  }
  return false;
}

bool has_bit(unsigned mask, auto value) {
  return mask & (1u << static_cast<unsigned>(value));
}

}  // namespace

bool ClaimFact::holds(const model::Claim& c) const {
  switch (field) {
    case Field::kDate:
      return compare_seconds(compare, c.date.epoch_seconds(), seconds);
    case Field::kKind:
      return has_bit(mask, c.kind);
    case Field::kBy:
      return has_bit(mask, c.by);
    case Field::kId:
      return std::find(ids.begin(), ids.end(), c.id) != ids.end();
    case Field::kTopics:
      for (util::Symbol t : c.topics)
        if (std::find(topics.begin(), topics.end(), t) != topics.end()) return true;
      return false;
  }
  return false;
}

MatchPlan::MatchPlan(const expr::Program& match, MatchEngine engine) {
  if (engine == MatchEngine::kCel) return;
  m_decisive = collect(match.root(), m_facts);
}

bool MatchPlan::holds(const model::Claim& claim) const {
  for (const auto& f : m_facts)
    if (!f.holds(claim)) return false;
  return true;
}

}  // namespace ungap::engine
