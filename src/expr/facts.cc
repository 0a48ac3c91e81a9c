#include "expr/facts.h"

#include "expr/rule_env.h"

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

void collect(const Expr& e, std::vector<RequiredFact>& out) {
  if (e.kind == ExprKind::kAnd) {
    collect(e.arg(0), out);
    collect(e.arg(1), out);
    return;
  }
  if (e.kind != ExprKind::kCall || e.args.size() != 2) return;
  const Expr& a = e.arg(0);
  const Expr& b = e.arg(1);
  if (e.name == "_==_") {
    for (auto [field, literal] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
      int index = claim_field(*field);
      const std::string* value = string_literal(*literal);
      if (index >= 0 && value && field->type.kind() == TypeKind::kString) {
        out.push_back({RequiredFact::Kind::kFieldEquals, index, *value});
        return;
      }
    }
  } else if (e.name == "@in") {
    int index = claim_field(b);
    const std::string* value = string_literal(a);
    if (index >= 0 && value && b.type.kind() == TypeKind::kList) {
      out.push_back({RequiredFact::Kind::kListContains, index, *value});
    }
  }
}

}  // namespace

std::vector<RequiredFact> required_facts(const Program& program) {
  std::vector<RequiredFact> out;
  collect(program.root(), out);
  return out;
}

}  // namespace ungap::expr
