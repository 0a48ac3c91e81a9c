// References between files: rules to obligations, mappings to frameworks and obligations,
// test expectations to obligations.
#include <fmt/format.h>

#include <map>
#include <unordered_map>

#include "load/resolve.h"
#include "util/suggest.h"

namespace ungap::load {

namespace {

// The workspace's frameworks and obligations by id, built once: looking each reference up by a
// linear search made 100,000 references over 100,000 obligations quadratic. Suggestion lists
// are built on first need, once.
class RefIndex {
 public:
  explicit RefIndex(const model::Workspace& ws) : m_ws(ws) {
    for (const auto& f : ws.frameworks) {
      m_frameworks.emplace(f.id, &f);
      for (const auto& o : f.obligations) m_obligations.emplace(o.full_id, &o);
    }
  }
  const model::Framework* framework(std::string_view id) const {
    auto it = m_frameworks.find(id);
    return it == m_frameworks.end() ? nullptr : it->second;
  }
  const model::Obligation* obligation(std::string_view full_id) const {
    auto it = m_obligations.find(full_id);
    return it == m_obligations.end() ? nullptr : it->second;
  }
  // A suggestion for `word` among `ids`, for the first kMaxSuggestions calls only.
  std::string suggest(std::string_view word, const std::vector<std::string>& ids) {
    return ++m_suggestions <= util::kMaxSuggestions ? util::did_you_mean(word, ids) : std::string();
  }
  const std::vector<std::string>& framework_ids() {
    if (m_framework_ids.empty())
      for (const auto& f : m_ws.frameworks) m_framework_ids.push_back(f.id);
    return m_framework_ids;
  }
  // Full ids of the framework `fw` (known).
  const std::vector<std::string>& obligation_ids(const model::Framework& fw) {
    auto& ids = m_obligation_ids[fw.id];
    if (ids.empty())
      for (const auto& o : fw.obligations) ids.push_back(o.full_id);
    return ids;
  }

 private:
  const model::Workspace& m_ws;
  std::unordered_map<std::string_view, const model::Framework*> m_frameworks;
  std::unordered_map<std::string_view, const model::Obligation*> m_obligations;
  std::vector<std::string> m_framework_ids;
  int m_suggestions = 0;
  std::map<std::string, std::vector<std::string>> m_obligation_ids;
};

void check_obligation_ref(RefIndex& index, const std::string& ref, const util::Location& loc,
                          std::string_view who, util::Diagnostics& diags) {
  if (index.obligation(ref)) return;
  auto fw = model::split_ref(ref).first;
  const model::Framework* framework = index.framework(fw);
  if (!framework) {
    diags.error(loc,
                fmt::format("{} refers to unknown framework '{}' in '{}'{}", who, fw, ref,
                            index.suggest(fw, index.framework_ids())),
                "dangling-ref");
    return;
  }
  diags.error(loc,
              fmt::format("{} refers to unknown obligation '{}'{}", who, ref,
                          index.suggest(ref, index.obligation_ids(*framework))),
              "dangling-ref");
}

void check_rule(RefIndex& index, const model::Rule& r, util::Diagnostics& diags) {
  for (const auto& c : r.checks) {
    check_obligation_ref(index, c.id, c.loc, fmt::format("rule '{}'", r.id), diags);
    const model::Obligation* ob = index.obligation(c.id);
    if (ob && !ob->leaf()) {
      diags.warning(c.loc,
                    fmt::format("rule '{}' checks '{}', which has children; a parent's "
                                "status comes from its children",
                                r.id, c.id),
                    "checks-parent");
    } else if (ob && !ob->assessable) {
      diags.warning(
          c.loc,
          fmt::format("rule '{}' checks '{}', which is marked assessable: false", r.id, c.id),
          "checks-unassessable");
    }
  }
}

// on_contest says what a contest does; with nothing to contest it is a mistake.
void check_on_contest(const model::Rule& r, util::Diagnostics& diags) {
  if (r.on_contest && r.contested_by.empty())
    diags.warning(r.on_contest_loc,
                  fmt::format("rule '{}' sets on_contest but has no contested_by element; it has "
                              "no effect",
                              r.id),
                  "on-contest-unused");
}

void check_mapping(RefIndex& index, const model::Mapping& m, util::Diagnostics& diags) {
  for (auto [fw, loc] : {std::pair{m.from, m.from_loc}, std::pair{m.to, m.to_loc}}) {
    if (!fw.empty() && !index.framework(fw))
      diags.error(loc,
                  fmt::format("mapping '{}' refers to unknown framework '{}'{}", m.id, fw,
                              index.suggest(fw, index.framework_ids())),
                  "dangling-ref");
  }
  for (const auto& rel : m.relations) {
    std::string who = fmt::format("mapping '{}'", m.id);
    check_obligation_ref(index, rel.from, rel.from_loc, who, diags);
    check_obligation_ref(index, rel.to, rel.to_loc, who, diags);
    if (model::split_ref(rel.from).first != m.from && index.framework(m.from))
      diags.error(rel.from_loc,
                  fmt::format("relation starts at '{}', outside the mapping's "
                              "from framework '{}'",
                              rel.from, m.from),
                  "mapping-framework");
    if (model::split_ref(rel.to).first != m.to && index.framework(m.to))
      diags.error(rel.to_loc,
                  fmt::format("relation ends at '{}', outside the mapping's "
                              "to framework '{}'",
                              rel.to, m.to),
                  "mapping-framework");
  }
}

}  // namespace

void check_references(const model::Workspace& ws, util::Diagnostics& diags) {
  RefIndex index(ws);
  for (const auto& r : ws.rules) {
    check_rule(index, r, diags);
    check_on_contest(r, diags);
  }
  for (const auto& m : ws.mappings) check_mapping(index, m, diags);
  for (const auto& t : ws.tests)
    for (const auto& e : t.expect)
      check_obligation_ref(index, e.obligation.id, e.obligation.loc,
                           fmt::format("test '{}'", t.name), diags);
}

}  // namespace ungap::load
