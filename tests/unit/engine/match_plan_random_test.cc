// The claim fast path against CEL on random matches over random claims, with a fixed seed. The
// matches mix every shape the fast path decides (kind, author, id, topics, `in` lists, `exists`,
// the date against a literal date with each operator either way round) with shapes it must leave
// to CEL (negation, `!=`, other fields, invalid dates, timestamps, errors), under && and ||.
// Wherever the fast path skips a claim or decides it, CEL must give exactly that answer.
#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/company_view.h"
#include "engine/match_plan.h"
#include "expr/rule_env.h"

namespace {

using namespace ungap;

// Deterministic on every platform: no std:: distributions.
class Random {
 public:
  explicit Random(std::uint64_t seed) : m_state(seed) {}
  std::size_t below(std::size_t n) {
    m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((m_state >> 33) % n);
  }
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t m_state;
};

// Literals near the claims' values: valid and unknown kinds and authors, topics claims have and
// lack, dates on and either side of the claims' dates, and invalid dates.
const std::vector<std::string> kKinds = {"commitment", "process", "action",     "disclosure",
                                         "finding",    "denial",  "allegation", "response",
                                         "rumour",     "Action"};
const std::vector<std::string> kBys = {"company", "third-party", "nobody"};
const std::vector<std::string> kTopics = {"a", "b", "c", "d", "e"};
const std::vector<std::string> kIds = {"c0", "c1", "c2", "c3", "zz"};
const std::vector<std::string> kDates = {"2023-12-31", "2024-01-01", "2024-01-02", "2024-02-29",
                                         "2024-03-01", "2024-02-30", "2024-1-1"};
const std::vector<std::string> kClaimDates = {"2023-12-30", "2023-12-31", "2024-01-01",
                                              "2024-01-02", "2024-02-28", "2024-02-29",
                                              "2024-03-01", "2024-03-02"};
const std::vector<std::string> kCompare = {"<", "<=", ">", ">=", "==", "!="};

std::string quoted(const std::string& s) {
  return "'" + s + "'";
}

std::string list_of(Random& r, const std::vector<std::string>& values) {
  std::string out = "[";
  std::size_t n = r.below(4);  // [] included: the fast path must refuse it
  for (std::size_t i = 0; i < n; ++i) out += (i ? ", " : "") + quoted(r.pick(values));
  return out + "]";
}

std::string either_way(Random& r, const std::string& a, const std::string& op,
                       const std::string& b) {
  return r.chance(50) ? a + " " + op + " " + b : b + " " + op + " " + a;
}

// A predicate on the comprehension variable `t`.
std::string topic_predicate(Random& r, int depth) {
  switch (r.below(depth > 0 ? 6 : 5)) {
    case 0:
      return either_way(r, "t", "==", quoted(r.pick(kTopics)));
    case 1:
      return "t in " + list_of(r, kTopics);
    case 2:
      return "t.startsWith(" + quoted(r.pick(kTopics)) + ")";
    case 3:
      return either_way(r, "t", "!=", quoted(r.pick(kTopics)));
    case 4:  // true or false whatever `t` is
      return quoted(r.pick(kTopics)) + " in " + list_of(r, kTopics);
    default:
      return topic_predicate(r, depth - 1) + " || " + topic_predicate(r, depth - 1);
  }
}

using Atom = std::string (*)(Random&);
const Atom kAtoms[] = {
    [](Random& r) { return either_way(r, "claim.kind", "==", quoted(r.pick(kKinds))); },
    [](Random& r) { return "claim.kind in " + list_of(r, kKinds); },
    [](Random& r) { return either_way(r, "claim.kind", "!=", quoted(r.pick(kKinds))); },
    [](Random& r) { return either_way(r, "claim.by", "==", quoted(r.pick(kBys))); },
    [](Random& r) { return "claim.by in " + list_of(r, kBys); },
    [](Random& r) { return either_way(r, "claim.id", "==", quoted(r.pick(kIds))); },
    [](Random& r) { return "claim.id in " + list_of(r, kIds); },
    [](Random& r) { return quoted(r.pick(kTopics)) + " in claim.topics"; },
    [](Random& r) { return "claim.topics.exists(t, " + topic_predicate(r, 2) + ")"; },
    [](Random& r) { return "claim.topics.all(t, " + topic_predicate(r, 1) + ")"; },
    [](Random& r) {
      return either_way(r, "claim.date", r.pick(kCompare), "date(" + quoted(r.pick(kDates)) + ")");
    },
    [](Random& r) {
      return either_way(r, "claim.date", r.pick(kCompare), "timestamp('2024-01-01T00:00:00Z')");
    },
    [](Random& r) { return either_way(r, "claim.date", r.pick(kCompare), "as_of"); },
    [](Random& r) { return either_way(r, "claim.summary", "==", quoted(r.pick(kTopics))); },
    [](Random& r) { return std::string(r.chance(50) ? "has(claim.quote)" : "has(claim.source)"); },
    [](Random& r) { return "claim.scope.x == " + std::to_string(r.below(3)); },  // may be an error
    [](Random&) { return std::string("claim.source.kind == 'blog'"); },  // an error: no source
    [](Random& r) { return "size(claim.topics) > " + std::to_string(r.below(3)); },
};

std::string match(Random& r, int depth) {
  std::size_t shape = depth > 0 ? r.below(10) : 9;
  if (shape < 4) return match(r, depth - 1) + " && " + match(r, depth - 1);
  if (shape < 6) return "(" + match(r, depth - 1) + " || " + match(r, depth - 1) + ")";
  if (shape < 7) return "!(" + match(r, depth - 1) + ")";
  if (shape < 8) return "(" + match(r, depth - 1) + ")";
  return kAtoms[r.below(std::size(kAtoms))](r);
}

model::Company random_company(Random& r) {
  model::Company company;
  company.id = "acme";
  for (int i = 0; i < 16; ++i) {
    model::Claim c;
    c.id = "c" + std::to_string(i);
    c.kind = static_cast<model::ClaimKind>(r.below(model::enum_names<model::ClaimKind>().size()));
    c.by = static_cast<model::By>(r.below(model::enum_names<model::By>().size()));
    for (const auto& t : kTopics)
      if (r.chance(35)) c.topics.push_back(util::intern(t));
    c.date = *util::parse_date(r.pick(kClaimDates));
    if (r.chance(30)) c.summary = r.pick(kTopics);
    if (r.chance(30)) c.quote = "q";
    if (r.chance(40)) {
      model::Data scope;
      scope.kind = model::Data::Kind::kMap;
      model::Data x;
      x.kind = model::Data::Kind::kInt;
      x.integer = static_cast<std::int64_t>(r.below(3));
      scope.map.push_back({"x", x});
      c.extras.edit().scope = std::make_shared<const model::Data>(std::move(scope));
    }
    company.claims.push_back(std::move(c));
  }
  return company;
}

struct Tally {
  int matches = 0, decisive = 0, partial = 0, none = 0, skipped = 0, decided = 0;
  int failures = 0;
  std::string report;

  void fail(const std::string& match, const model::Claim& c, const std::string& what) {
    if (++failures <= 10) report += match + " on " + c.id + ": " + what + "\n";
  }
};

// CEL's verdict on `claim`: "true", "false", or "error".
std::string cel(const expr::Program& p, expr::Activation& a, const engine::CompanyView& view,
                int claim) {
  a.set(expr::RuleSlot::kClaim, view.claim_value(claim));
  expr::Value v = p.evaluate(a);
  if (!v.is_bool()) return "error";
  return v.as_bool() ? "true" : "false";
}

void check(const std::string& text, const engine::CompanyView& view, Tally& t) {
  auto compiled = expr::compile(text, expr::match_env());
  BOOST_REQUIRE_MESSAGE(compiled.ok(), text);
  const expr::Program& program = *compiled.program;
  engine::MatchPlan plan(program, engine::MatchEngine::kNative);
  ++t.matches;
  t.decisive += plan.decisive();
  t.partial += !plan.decisive() && !plan.facts().empty();
  t.none += plan.facts().empty();
  expr::Activation a(expr::match_env());
  a.set(expr::RuleSlot::kCompany, view.company_value());
  a.set(expr::RuleSlot::kAsOf, view.as_of_value());
  std::vector<int> scratch;
  const auto& candidates = view.candidates(plan, scratch);
  std::vector<bool> candidate(view.company().claims.size());
  for (int c : candidates) candidate[static_cast<std::size_t>(c)] = true;
  for (int c : view.visible()) {
    const model::Claim& claim = view.company().claims[static_cast<std::size_t>(c)];
    bool passes = candidate[static_cast<std::size_t>(c)] && plan.holds(claim);
    std::string expected = cel(program, a, view, c);
    // A claim the fast path turns away must be one CEL says false to, never an error: its
    // warning would go missing.
    if (!passes && expected != "false") t.fail(text, claim, "skipped, CEL says " + expected);
    if (passes && plan.decisive() && expected != "true")
      t.fail(text, claim, "decided true, CEL says " + expected);
    t.skipped += !passes;
    t.decided += passes && plan.decisive();
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(match_plan_random)

BOOST_AUTO_TEST_CASE(the_fast_path_agrees_with_cel_on_random_matches) {
  Random r(20261130);
  Tally t;
  for (int round = 0; round < 40; ++round) {
    model::Company company = random_company(r);
    engine::CompanyView view(company, *util::parse_date("2024-06-01"));
    for (int i = 0; i < 100; ++i) check(match(r, static_cast<int>(r.below(4))), view, t);
  }
  BOOST_TEST(t.failures == 0, t.failures << " disagreements, the first:\n" << t.report);
  // The matches exercise the fast path both ways: many decided by it alone, many in part.
  BOOST_TEST(t.matches == 4000);
  BOOST_TEST(t.decisive > 400, t.decisive << " decisive");
  BOOST_TEST(t.partial > 400, t.partial << " partly native");
  BOOST_TEST(t.none > 400, t.none << " left to CEL");
  BOOST_TEST(t.skipped > 10000, t.skipped << " claims skipped");
  BOOST_TEST(t.decided > 2000, t.decided << " claims decided natively");
}

BOOST_AUTO_TEST_SUITE_END()
