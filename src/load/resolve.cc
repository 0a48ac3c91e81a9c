#include "load/resolve.h"

#include <fmt/format.h>

#include <unordered_map>

#include "load/vocabulary_file.h"
#include "util/suggest.h"

namespace ungap::load {

namespace {

// Reports the second and later definitions of an id, pointing back at the first.
class DuplicateFinder {
 public:
  DuplicateFinder(std::string_view what, util::Diagnostics& diags) : m_what(what), m_diags(diags) {}
  bool add(const std::string& id, const util::Location& loc) {
    auto [it, inserted] = m_seen.emplace(id, loc);
    if (!inserted) {
      m_diags.error(
          loc,
          fmt::format("duplicate {} id '{}' (first defined at {})", m_what, id, it->second.str()),
          "duplicate-id");
    }
    return inserted;
  }

 private:
  std::string_view m_what;
  util::Diagnostics& m_diags;
  std::unordered_map<std::string, util::Location> m_seen;
};

}  // namespace

void check_obligation_ids(const model::Framework& fw, util::Diagnostics& diags) {
  DuplicateFinder obligations("obligation", diags);
  for (const auto& ob : fw.obligations)
    if (!ob.id.empty()) obligations.add(ob.id, ob.loc);
}

namespace {

void check_framework_ids(const model::Workspace& ws, util::Diagnostics& diags) {
  DuplicateFinder frameworks("framework", diags);
  for (const auto& fw : ws.frameworks) {
    frameworks.add(fw.id, fw.loc);
  }
  DuplicateFinder mappings("mapping", diags);
  for (const auto& m : ws.mappings) mappings.add(m.id, m.loc);
}

void check_rule_ids(const model::Workspace& ws, util::Diagnostics& diags) {
  DuplicateFinder rules("rule", diags);
  for (const auto& r : ws.rules) {
    rules.add(r.id, r.loc);
    DuplicateFinder elements("element", diags);
    for (const auto& e : r.elements) elements.add(e.id, e.loc);
    for (const auto& e : r.contested_by) elements.add(e.id, e.loc);
  }
}

// A claim that gives no date of its own takes its source's (`src`: null when it names none or
// an unknown one, already reported).
void date_from_source(model::Claim& cl, const model::Source* src, util::Diagnostics& diags) {
  if (src && src->date) {
    cl.date = *src->date;
  } else if (!cl.source.id.empty() && src) {
    diags.error(cl.loc,
                fmt::format("claim '{}' has no date and its source '{}' has none", cl.id, src->id),
                "missing-key");
  } else if (cl.source.id.empty()) {
    diags.error(cl.loc, fmt::format("claim '{}' has no date", cl.id), "missing-key");
  }
}

}  // namespace

void check_company(model::Company& c, util::Diagnostics& diags) {
  DuplicateFinder sources("source", diags);
  for (const auto& s : c.sources) sources.add(s.id, s.loc);
  DuplicateFinder claims("claim", diags);
  for (const auto& cl : c.claims) claims.add(cl.id, cl.loc);
  auto source_at = c.source_positions();
  auto claim_at = c.claim_positions();
  std::vector<std::string> source_ids, claim_ids;  // for suggestions, listed once if needed
  int suggestions = 0;
  auto suggest = [&](const std::string& word, const std::vector<std::string>& ids) {
    return ++suggestions <= util::kMaxSuggestions ? util::did_you_mean(word, ids) : std::string();
  };
  DuplicateFinder impacts("impact", diags);
  for (const auto& im : c.impacts) impacts.add(im.id, im.loc);
  for (auto& cl : c.claims) {
    const model::Source* src = nullptr;
    if (!cl.source.id.empty()) {
      auto found = source_at.find(cl.source.id);
      cl.source_index = found == source_at.end() ? -1 : found->second;
      if (cl.source_index < 0) {
        if (source_ids.empty())
          for (const auto& s : c.sources) source_ids.push_back(s.id);
        diags.error(cl.source.loc,
                    fmt::format("claim '{}' cites unknown source '{}'{}", cl.id, cl.source.id,
                                suggest(cl.source.id, source_ids)),
                    "dangling-ref");
      } else {
        src = &c.sources[static_cast<std::size_t>(cl.source_index)];
      }
    }
    cl.by = cl.extras->by_given.value_or(src ? src->by : model::By::kCompany);
    if (!cl.date_given) date_from_source(cl, src, diags);
    for (const auto& s : cl.extras->supersedes) {
      if (!claim_at.count(s.id)) {
        if (claim_ids.empty())
          for (const auto& other : c.claims) claim_ids.push_back(other.id);
        diags.error(s.loc,
                    fmt::format("claim '{}' supersedes unknown claim '{}'{}", cl.id, s.id,
                                suggest(s.id, claim_ids)),
                    "dangling-ref");
      }
    }
  }
  check_supersedes_cycles(c, claim_at, diags);
  check_impacts(c, claim_at, diags);
}

void resolve(model::Workspace& ws, const LoadOptions& options, const RealPaths& real_paths,
             std::uint64_t& total_bytes, util::Diagnostics& diags) {
  merge_companies(ws, diags);
  for (auto& c : ws.companies) check_company(c, diags);
  for (auto& t : ws.tests) check_company(t.company, diags);
  check_framework_ids(ws, diags);
  check_rule_ids(ws, diags);
  check_references(ws, diags);
  check_terms(ws, diags);
  std::vector<std::vector<model::TermUse>>().swap(ws.term_uses);  // needed only for that check
  check_snapshots(ws, options, real_paths, total_bytes, diags);
  check_expressions(ws, options.limits.expr, options.jobs, diags);
}

}  // namespace ungap::load
