// String literals in rule expressions compared with a field whose values are known: the words
// of the vocabulary (topics, contexts, ...) or the fixed values of an enumeration (claim kind,
// author). A literal outside them makes the comparison a constant: `'suspenson' in
// claim.topics` would simply never match, so it is reported where it is written.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <optional>

#include "expr/ast.h"
#include "load/vocabulary_file.h"
#include "model/enums.h"
#include "util/suggest.h"

namespace ungap::load {

namespace {

using expr::Expr;
using expr::ExprKind;

// What a field's values may be: words of one vocabulary field, or an enumeration's spellings.
struct Domain {
  std::string_view path;  // the field as rules write it
  std::optional<model::TermField> field;
  std::vector<std::string> (*values)() = nullptr;
  std::string_view what = {};  // the enumeration, in messages
};

const std::vector<Domain>& domains() {
  using model::TermField;
  static const std::vector<Domain> d{
      {"claim.topics", TermField::kTopic},
      {"company.contexts", TermField::kContext},
      {"company.sectors", TermField::kSector},
      {"claim.scope.customers", TermField::kCustomer},
      {"claim.scope.products", TermField::kProduct},
      {"claim.kind", std::nullopt, model::enum_spellings<model::ClaimKind>, "claim kind"},
      {"claim.by", std::nullopt, model::enum_spellings<model::By>, "by"},
      {"claim.source.by", std::nullopt, model::enum_spellings<model::By>, "by"},
      {"claim.source.kind", std::nullopt, model::enum_spellings<model::SourceKind>, "source kind"},
      {"claim.source.quality", std::nullopt, model::enum_spellings<model::Quality>, "quality"},
      {"impact.rights", TermField::kRight},
      {"impact.rights_holders", TermField::kRightsHolder},
      {"impact.modes", std::nullopt, model::enum_spellings<model::InvolvementMode>,
       "involvement mode"},
      {"impact.scale", std::nullopt, model::enum_spellings<model::Scale>, "scale"},
      {"impact.scope", std::nullopt, model::enum_spellings<model::Scope>, "scope"},
      {"impact.remediability", std::nullopt, model::enum_spellings<model::Remediability>,
       "remediability"},
  };
  return d;
}

const std::string* string_literal(const Expr& e) {
  if (e.kind != ExprKind::kLiteral || e.literal.kind() != expr::Value::Kind::kString)
    return nullptr;
  return &e.literal.as_string();
}

// `claim.scope.customers` for the select chain (or `claim.scope['customers']`), else "".
std::string path(const Expr& e) {
  if (e.kind == ExprKind::kIdent) return e.name;
  if (e.kind == ExprKind::kSelect && !e.test_only) {
    std::string p = path(e.arg(0));
    return p.empty() ? p : p + "." + e.name;
  }
  if (e.kind == ExprKind::kCall && e.name == "_[_]" && e.args.size() == 2) {
    const std::string* key = string_literal(e.arg(1));
    std::string p = key ? path(e.arg(0)) : "";
    return p.empty() ? p : p + "." + *key;
  }
  return {};
}

using Vars = std::map<std::string, const Domain*>;

class Checker {
 public:
  Checker(const util::LocatedText& text, const model::Vocabulary& v, util::Diagnostics& diags)
      : m_text(text), m_vocabulary(v), m_diags(diags) {}

  void walk(const Expr& e, const Vars& vars) {
    if (e.kind == ExprKind::kComprehension) return comprehension(e, vars);
    if (e.kind == ExprKind::kCall && e.args.size() == 2) comparison(e, vars);
    for (const auto& a : e.args) walk(*a, vars);
  }

 private:
  const Domain* domain(const Expr& e, const Vars& vars) const {
    if (e.kind == ExprKind::kIdent) {
      auto it = vars.find(e.name);
      if (it != vars.end()) return it->second;
    }
    std::string p = path(e);
    for (const auto& d : domains())
      if (d.path == p) return &d;
    return nullptr;
  }

  // The variable of `claim.topics.exists(t, ...)` stands for a topic in the predicate.
  void comprehension(const Expr& e, const Vars& vars) {
    walk(e.arg(0), vars);
    Vars inner = vars;
    if (const Domain* d = domain(e.arg(0), vars))
      inner[e.var] = d;
    else
      inner.erase(e.var);
    for (std::size_t i = 1; i < e.args.size(); ++i) walk(e.arg(i), inner);
  }

  void comparison(const Expr& e, const Vars& vars) {
    const Expr& a = e.arg(0);
    const Expr& b = e.arg(1);
    if (e.name == "_==_" || e.name == "_!=_") {
      for (auto [field, literal] : {std::pair{&a, &b}, std::pair{&b, &a}})
        if (const Domain* d = domain(*field, vars); d && string_literal(*literal))
          check(*literal, *d);
    } else if (e.name == "@in") {
      if (const Domain* d = domain(b, vars); d && string_literal(a)) check(a, *d);
      if (const Domain* d = domain(a, vars); d && b.kind == ExprKind::kList)
        for (const auto& item : b.args)
          if (string_literal(*item)) check(*item, *d);
    }
  }

  void check(const Expr& literal, const Domain& d) {
    const std::string& s = *string_literal(literal);
    if (d.field) {
      if (!m_vocabulary.checks(*d.field) || m_vocabulary.find(*d.field, s)) return;
      std::vector<std::string> ids;
      for (const auto& t : m_vocabulary.of(*d.field)) ids.push_back(t.id);
      m_diags.error(
          m_text.at(literal.offset),
          fmt::format("{} '{}' is not in the vocabulary{}: {} never holds it",
                      model::term_field(*d.field).singular, s, util::did_you_mean(s, ids), d.path),
          "undeclared-term");
      return;
    }
    auto values = d.values();
    if (std::find(values.begin(), values.end(), s) != values.end()) return;
    m_diags.error(m_text.at(literal.offset),
                  fmt::format("invalid {} '{}': expected one of {}{}", d.what, s,
                              fmt::join(values, ", "), util::did_you_mean(s, values)),
                  "invalid-value");
  }

  const util::LocatedText& m_text;
  const model::Vocabulary& m_vocabulary;
  util::Diagnostics& m_diags;
};

}  // namespace

void check_rule_terms(const Expr& root, const util::LocatedText& text,
                      const model::Vocabulary& vocabulary, util::Diagnostics& diags) {
  Checker(text, vocabulary, diags).walk(root, {});
}

}  // namespace ungap::load
