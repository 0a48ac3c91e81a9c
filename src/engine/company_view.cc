#include "engine/company_view.h"

#include <algorithm>
#include <unordered_map>

#include "expr/rule_env.h"

namespace ungap::engine {

namespace {

expr::Value timestamp(util::Date d) {
  return expr::Value::timestamp({d.epoch_seconds(), 0});
}

expr::Value strings(const std::vector<std::string>& items) {
  expr::ValueList list;
  list.reserve(items.size());
  for (const auto& s : items) list.push_back(expr::Value::string(s));
  return expr::Value::list(std::move(list));
}

expr::Value refs(const std::vector<model::Ref>& items) {
  expr::ValueList list;
  for (const auto& r : items) list.push_back(expr::Value::string(r.id));
  return expr::Value::list(std::move(list));
}

// Optional text fields are absent when empty, so `has(claim.quote)` means "has a quote".
void set_text(expr::ObjectBuilder& b, int field, const std::string& s) {
  if (!s.empty()) b.set(field, expr::Value::string(s));
}

expr::Value source_value(const model::Source& s) {
  using namespace expr::SourceField;
  expr::ObjectBuilder b(expr::source_type());
  b.set(kId, expr::Value::string(s.id));
  if (s.kind) b.set(kKind, expr::Value::string(std::string(model::to_string(*s.kind))));
  b.set(kBy, expr::Value::string(std::string(model::to_string(s.by))));
  set_text(b, kPublisher, s.publisher);
  set_text(b, kTitle, s.title);
  if (s.date) b.set(kDate, timestamp(*s.date));
  set_text(b, kUrl, s.url);
  b.set(kQuality, expr::Value::string(std::string(model::to_string(s.quality))));
  return std::move(b).build();
}

}  // namespace

expr::Value data_value(const model::Data& d) {
  using K = model::Data::Kind;
  switch (d.kind) {
    case K::kNull:
      return expr::Value::null();
    case K::kBool:
      return expr::Value::boolean(d.boolean);
    case K::kInt:
      return expr::Value::integer(d.integer);
    case K::kDouble:
      return expr::Value::floating(d.real);
    case K::kString:
      return expr::Value::string(d.string);
    case K::kDate:
      return timestamp(d.date);
    case K::kList: {
      expr::ValueList list;
      for (const auto& item : d.list) list.push_back(data_value(item));
      return expr::Value::list(std::move(list));
    }
    case K::kMap: {
      std::vector<expr::MapData::Entry> entries;
      for (const auto& [k, v] : d.map) entries.emplace_back(expr::Value::string(k), data_value(v));
      return expr::Value::map(std::make_shared<expr::MapData>(std::move(entries)));
    }
  }
  return expr::Value::null();
}

expr::Value company_value(const model::Company& c) {
  using namespace expr::CompanyField;
  expr::ObjectBuilder b(expr::company_type());
  b.set(kId, expr::Value::string(c.id));
  b.set(kName, expr::Value::string(c.name));
  b.set(kSectors, strings(c.sectors));
  b.set(kCountries, strings(c.countries));
  b.set(kContexts, strings(c.contexts));
  b.set(kAttributes, c.attributes.kind == model::Data::Kind::kMap
                         ? data_value(c.attributes)
                         : expr::Value::map(std::make_shared<expr::MapData>()));
  return std::move(b).build();
}

expr::Value claim_value(const model::Company& c, const model::Claim& claim) {
  using namespace expr::ClaimField;
  expr::ObjectBuilder b(expr::claim_type());
  b.set(kId, expr::Value::string(claim.id));
  b.set(kKind, expr::Value::string(std::string(model::to_string(claim.kind))));
  b.set(kBy, expr::Value::string(std::string(model::to_string(claim.by))));
  expr::ValueList topics;
  topics.reserve(claim.topics.size());
  for (util::Symbol t : claim.topics) topics.push_back(expr::Value::string(*t));
  b.set(kTopics, expr::Value::list(std::move(topics)));
  b.set(kDate, timestamp(claim.date));
  set_text(b, kQuote, claim.quote);
  set_text(b, kSummary, claim.summary);
  b.set(kScope, claim.extras->scope && claim.extras->scope->kind == model::Data::Kind::kMap
                    ? data_value(*claim.extras->scope)
                    : expr::Value::map(std::make_shared<expr::MapData>()));
  b.set(kSupersedes, refs(claim.extras->supersedes));
  b.set(kImpacts, refs(claim.extras->impacts));
  if (claim.source_index >= 0)
    b.set(kSource, source_value(c.sources[static_cast<std::size_t>(claim.source_index)]));
  return std::move(b).build();
}

CompanyView::CompanyView(const model::Company& company, util::Date as_of)
    : m_company(company),
      m_as_of(as_of),
      m_company_value(engine::company_value(company)),
      m_as_of_value(timestamp(as_of)) {
  compute_visible();
  m_claim_values.resize(company.claims.size());
  m_built.assign(company.claims.size(), false);
  build_index();
}

const expr::Value& CompanyView::claim_value(int claim) const {
  auto i = static_cast<std::size_t>(claim);
  if (!m_built[i]) {
    m_claim_values[i] = engine::claim_value(m_company, m_company.claims[i]);
    m_built[i] = true;
  }
  return m_claim_values[i];
}

void CompanyView::compute_visible() {
  const auto& claims = m_company.claims;
  std::vector<bool> dated(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i) dated[i] = claims[i].date <= m_as_of;
  // A claim is hidden when a claim dated by as_of supersedes it. Supersession by a claim that is
  // itself superseded still hides the older one: a correction of a correction does not revive it.
  std::vector<bool> hidden(claims.size());
  std::unordered_map<std::string_view, int> positions;  // built only if a claim supersedes
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (!dated[i] || claims[i].extras->supersedes.empty()) continue;
    if (positions.empty()) positions = m_company.claim_positions();
    for (const auto& s : claims[i].extras->supersedes) {
      auto t = positions.find(s.id);
      if (t != positions.end()) hidden[static_cast<std::size_t>(t->second)] = true;
    }
  }
  for (std::size_t i = 0; i < claims.size(); ++i)
    if (dated[i] && !hidden[i]) m_visible.push_back(static_cast<int>(i));
  std::stable_sort(m_visible.begin(), m_visible.end(), [&](int a, int b) {
    const auto& ca = claims[static_cast<std::size_t>(a)];
    const auto& cb = claims[static_cast<std::size_t>(b)];
    if (ca.date != cb.date) return ca.date > cb.date;
    return ca.id < cb.id;
  });
}

void CompanyView::build_index() {
  m_rank.assign(m_company.claims.size(), 0);
  for (std::size_t k = 0; k < m_visible.size(); ++k)
    m_rank[static_cast<std::size_t>(m_visible[k])] = static_cast<int>(k);
  m_by_kind.resize(model::enum_names<model::ClaimKind>().size());
  m_by_by.resize(model::enum_names<model::By>().size());
  for (int i : m_visible) {
    const auto& c = m_company.claims[static_cast<std::size_t>(i)];
    m_by_kind[static_cast<std::size_t>(c.kind)].push_back(i);
    m_by_by[static_cast<std::size_t>(c.by)].push_back(i);
    for (util::Symbol t : c.topics) {
      auto& list = m_by_topic[t];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }
}

const std::vector<int>& CompanyView::list(const ClaimFact& f, std::size_t key) const {
  if (f.field == ClaimFact::Field::kTopics) {
    auto it = m_by_topic.find(f.topics[key]);
    return it == m_by_topic.end() ? m_none : it->second;
  }
  const auto& lists = f.field == ClaimFact::Field::kKind ? m_by_kind : m_by_by;
  return lists[static_cast<std::size_t>(f.values[key])];
}

const std::vector<int>& CompanyView::candidates(const MatchPlan& plan,
                                                std::vector<int>& scratch) const {
  const std::vector<int>* best = &m_visible;
  const ClaimFact* best_any = nullptr;
  std::size_t best_size = m_visible.size();
  for (const auto& f : plan.facts()) {
    if (!f.indexed()) continue;
    std::size_t keys = f.key_count();
    if (keys == 1) {
      const auto& l = list(f, 0);
      if (l.size() < best_size) best = &l, best_any = nullptr, best_size = l.size();
      continue;
    }
    // A disjunction's candidates are the union of its values' lists; their summed size bounds
    // it, so the union is only built for the winner. No key at all: nothing can match.
    std::size_t size = 0;
    for (std::size_t k = 0; k < keys; ++k) size += list(f, k).size();
    if (size < best_size || size == 0) best_any = &f, best_size = size;
  }
  if (!best_any) return *best;
  scratch.clear();
  for (std::size_t k = 0; k < best_any->key_count(); ++k) {
    const auto& l = list(*best_any, k);
    scratch.insert(scratch.end(), l.begin(), l.end());
  }
  // Back to newest-first order, without the claims that matched several values.
  std::sort(scratch.begin(), scratch.end(), [&](int a, int b) {
    return m_rank[static_cast<std::size_t>(a)] < m_rank[static_cast<std::size_t>(b)];
  });
  scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
  return scratch;
}

}  // namespace ungap::engine
