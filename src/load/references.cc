// References between files: rules to obligations, mappings to frameworks and obligations,
// test expectations to obligations.
#include <fmt/format.h>

#include "load/resolve.h"
#include "util/suggest.h"

namespace ungap::load {

namespace {

std::vector<std::string> framework_ids(const model::Workspace& ws) {
  std::vector<std::string> out;
  for (const auto& f : ws.frameworks) out.push_back(f.id);
  return out;
}

// Full ids of the framework named in `ref`, or of every framework when it is unknown.
std::vector<std::string> obligation_ids(const model::Workspace& ws, std::string_view ref) {
  std::vector<std::string> out;
  auto fw = model::split_ref(ref).first;
  for (const auto& f : ws.frameworks) {
    if (ws.framework(fw) && f.id != fw) continue;
    for (const auto& o : f.obligations) out.push_back(o.full_id);
  }
  return out;
}

void check_obligation_ref(const model::Workspace& ws, const std::string& ref,
                          const util::Location& loc, std::string_view who,
                          util::Diagnostics& diags) {
  if (ws.find_obligation(ref).valid()) return;
  auto fw = model::split_ref(ref).first;
  if (!ws.framework(fw)) {
    diags.error(loc, fmt::format("{} refers to unknown framework '{}' in '{}'{}", who, fw, ref,
                                 util::did_you_mean(fw, framework_ids(ws))),
                "dangling-ref");
    return;
  }
  diags.error(loc, fmt::format("{} refers to unknown obligation '{}'{}", who, ref,
                               util::did_you_mean(ref, obligation_ids(ws, ref))),
              "dangling-ref");
}

void check_rule(const model::Workspace& ws, const model::Rule& r, util::Diagnostics& diags) {
  for (const auto& c : r.checks) {
    check_obligation_ref(ws, c.id, c.loc, fmt::format("rule '{}'", r.id), diags);
    const model::Obligation* ob = ws.obligation(ws.find_obligation(c.id));
    if (ob && !ob->leaf()) {
      diags.warning(c.loc, fmt::format("rule '{}' checks '{}', which has children; a parent's "
                                       "status comes from its children",
                                       r.id, c.id),
                    "checks-parent");
    } else if (ob && !ob->assessable) {
      diags.warning(c.loc, fmt::format("rule '{}' checks '{}', which is marked assessable: false",
                                       r.id, c.id),
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

void check_mapping(const model::Workspace& ws, const model::Mapping& m, util::Diagnostics& diags) {
  for (auto [fw, loc] : {std::pair{m.from, m.from_loc}, std::pair{m.to, m.to_loc}}) {
    if (!fw.empty() && !ws.framework(fw))
      diags.error(loc, fmt::format("mapping '{}' refers to unknown framework '{}'{}", m.id, fw,
                                   util::did_you_mean(fw, framework_ids(ws))),
                  "dangling-ref");
  }
  for (const auto& rel : m.relations) {
    std::string who = fmt::format("mapping '{}'", m.id);
    check_obligation_ref(ws, rel.from, rel.from_loc, who, diags);
    check_obligation_ref(ws, rel.to, rel.to_loc, who, diags);
    if (model::split_ref(rel.from).first != m.from && ws.framework(m.from))
      diags.error(rel.from_loc, fmt::format("relation starts at '{}', outside the mapping's "
                                            "from framework '{}'",
                                            rel.from, m.from),
                  "mapping-framework");
    if (model::split_ref(rel.to).first != m.to && ws.framework(m.to))
      diags.error(rel.to_loc, fmt::format("relation ends at '{}', outside the mapping's "
                                          "to framework '{}'",
                                          rel.to, m.to),
                  "mapping-framework");
  }
}

}  // namespace

void check_references(const model::Workspace& ws, util::Diagnostics& diags) {
  for (const auto& r : ws.rules) {
    check_rule(ws, r, diags);
    check_on_contest(r, diags);
  }
  for (const auto& m : ws.mappings) check_mapping(ws, m, diags);
  for (const auto& t : ws.tests)
    for (const auto& e : t.expect)
      check_obligation_ref(ws, e.obligation.id, e.obligation.loc,
                           fmt::format("test '{}'", t.name), diags);
}

}  // namespace ungap::load
