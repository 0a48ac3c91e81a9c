// References between a company's claims and its impacts, checked once every file of the
// company is merged.
#include <fmt/format.h>

#include <unordered_map>

#include "load/resolve.h"
#include "util/suggest.h"

namespace ungap::load {

namespace {

std::vector<std::string> impact_ids(const model::Company& c) {
  std::vector<std::string> ids;
  for (const auto& im : c.impacts) ids.push_back(im.id);
  return ids;
}

std::vector<std::string> claim_ids(const model::Company& c) {
  std::vector<std::string> ids;
  for (const auto& cl : c.claims) ids.push_back(cl.id);
  return ids;
}

void check_claims_name_impacts(const model::Company& c, util::Diagnostics& diags) {
  for (const auto& cl : c.claims)
    for (const auto& ref : cl.extras->impacts)
      if (c.impact_index(ref.id) < 0)
        diags.error(ref.loc,
                    fmt::format("claim '{}' names unknown impact '{}'{}", cl.id, ref.id,
                                util::did_you_mean(ref.id, impact_ids(c))),
                    "dangling-ref");
}

void check_period(const model::Impact& im, util::Diagnostics& diags) {
  if (im.period_from && im.period_to && *im.period_to < *im.period_from)
    diags.error(im.loc,
                fmt::format("impact '{}' ends ({}) before it starts ({})", im.id,
                            im.period_to->str(), im.period_from->str()),
                "invalid-period");
}

}  // namespace

void check_impacts(model::Company& c, const std::unordered_map<std::string_view, int>& claim_at,
                   util::Diagnostics& diags) {
  check_claims_name_impacts(c, diags);
  for (const auto& im : c.impacts) {
    check_period(im, diags);
    for (const auto& inv : im.involvement) {
      if (inv.claims.empty())
        diags.error(inv.loc,
                    fmt::format("involvement '{}' in impact '{}' rests on no claim; name the "
                                "claims that show it",
                                model::to_string(inv.mode), im.id),
                    "involvement-without-claim");
      for (const auto& ref : inv.claims) {
        auto it = claim_at.find(ref.id);
        if (it == claim_at.end()) {
          diags.error(ref.loc,
                      fmt::format("involvement '{}' in impact '{}' rests on unknown claim '{}'{}",
                                  model::to_string(inv.mode), im.id, ref.id,
                                  util::did_you_mean(ref.id, claim_ids(c))),
                      "dangling-ref");
          continue;
        }
        model::Claim& cl = c.claims[static_cast<std::size_t>(it->second)];
        if (!model::concerns(cl, im.id)) cl.extras.edit().impacts.push_back({im.id, ref.loc});
      }
    }
  }
}

}  // namespace ungap::load
