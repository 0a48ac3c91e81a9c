#include "engine/nearest_claims.h"

#include <algorithm>
#include <optional>

#include "expr/rule_env.h"

namespace ungap::engine {

namespace {

// The offsets of the && tokens that join the top-level conjuncts, in order.
void and_offsets(const expr::Expr& e, std::vector<std::size_t>& out) {
  if (e.kind != expr::ExprKind::kAnd) return;
  and_offsets(e.arg(0), out);
  out.push_back(e.offset);
  and_offsets(e.arg(1), out);
}

// One conjunct's text: white space folded, and the parentheses of a group the && split opened
// or closed outside it dropped.
std::string tidy(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  auto depth = [](const std::string& s) {
    return std::count(s.begin(), s.end(), '(') - std::count(s.begin(), s.end(), ')');
  };
  while (depth(out) > 0 && !out.empty() && out.front() == '(')
    out.erase(0, out.find_first_not_of("( "));
  while (depth(out) < 0 && !out.empty() && out.back() == ')') {
    out.pop_back();
    while (!out.empty() && out.back() == ' ') out.pop_back();
  }
  return out;
}

struct Part {
  std::string text;
  expr::Program program;
};

// The conjuncts compiled on their own; the whole match as one part if any does not compile.
std::vector<Part> parts(const expr::Program& match) {
  std::vector<Part> out;
  for (const auto& text : conjuncts(match)) {
    auto r = expr::compile(text, expr::match_env());
    if (!r.ok()) return {{tidy(match.text()), match}};
    out.push_back({text, *r.program});
  }
  return out;
}

}  // namespace

std::vector<std::string> conjuncts(const expr::Program& match) {
  std::vector<std::size_t> cuts;
  and_offsets(match.root(), cuts);
  const std::string& text = match.text();
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t cut : cuts) {
    out.push_back(tidy(std::string_view(text).substr(start, cut - start)));
    start = cut + 2;
  }
  out.push_back(tidy(std::string_view(text).substr(start)));
  return out;
}

std::vector<NearClaim> nearest_claims(const CompanyView& view, const expr::Program& match,
                                      std::size_t limit) {
  std::vector<Part> ps = parts(match);
  expr::Activation a(expr::match_env());
  a.set(expr::RuleSlot::kCompany, view.company_value());
  a.set(expr::RuleSlot::kAsOf, view.as_of_value());
  std::vector<NearClaim> out;
  for (int c : view.visible()) {
    a.set(expr::RuleSlot::kClaim, view.claim_value(c));
    NearClaim n{c, 0, static_cast<int>(ps.size()), {}};
    for (const auto& p : ps) {
      expr::Value v = p.program.evaluate(a);
      if (v.is_bool() && v.as_bool())
        ++n.held;
      else
        n.failed.push_back(p.text);
    }
    // Near means at least half the conditions hold: fewer says little about the claim.
    if (2 * n.held >= n.total && n.held < n.total) out.push_back(std::move(n));
  }
  // Stable: claims with as many conjuncts held stay newest first, as visible() lists them.
  std::stable_sort(out.begin(), out.end(),
                   [](const NearClaim& x, const NearClaim& y) { return x.held > y.held; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace ungap::engine
