// Merging a company's files, and cycles in `supersedes`.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "load/resolve.h"

namespace ungap::load {

void merge_companies(model::Workspace& ws, util::Diagnostics& diags) {
  std::vector<model::Company> merged;
  for (auto& c : ws.companies) {
    auto it = std::find_if(merged.begin(), merged.end(),
                           [&](const model::Company& m) { return m.id == c.id; });
    if (it == merged.end()) {
      merged.push_back(std::move(c));
      continue;
    }
    if (c.has_metadata && it->has_metadata) {
      diags.error(c.loc,
                  fmt::format("company '{}' metadata is given twice (first at {}); give it "
                              "once and only `id` in the other files",
                              c.id, it->loc.str()),
                  "duplicate-id");
    } else if (c.has_metadata) {
      auto sources = std::move(it->sources);
      auto claims = std::move(it->claims);
      auto impacts = std::move(it->impacts);
      *it = std::move(c);
      it->sources.insert(it->sources.begin(), std::make_move_iterator(sources.begin()),
                         std::make_move_iterator(sources.end()));
      it->claims.insert(it->claims.begin(), std::make_move_iterator(claims.begin()),
                        std::make_move_iterator(claims.end()));
      it->impacts.insert(it->impacts.begin(), std::make_move_iterator(impacts.begin()),
                         std::make_move_iterator(impacts.end()));
      continue;
    }
    for (auto& s : c.sources) it->sources.push_back(std::move(s));
    for (auto& cl : c.claims) it->claims.push_back(std::move(cl));
    for (auto& im : c.impacts) it->impacts.push_back(std::move(im));
  }
  ws.companies = std::move(merged);
}

void check_supersedes_cycles(const model::Company& c,
                             const std::unordered_map<std::string_view, int>& claim_at,
                             util::Diagnostics& diags) {
  // Colour each claim: 0 unvisited, 1 on the current path, 2 done. Iterative, so a long chain
  // cannot overflow the stack.
  std::vector<int> colour(c.claims.size(), 0);
  for (std::size_t start = 0; start < c.claims.size(); ++start) {
    if (colour[start]) continue;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{start, 0}};
    colour[start] = 1;
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      const auto& sup = c.claims[node].extras->supersedes;
      if (next == sup.size()) {
        colour[node] = 2;
        stack.pop_back();
        continue;
      }
      const model::Ref& ref = sup[next++];
      auto found = claim_at.find(ref.id);
      if (found == claim_at.end()) continue;
      auto t = static_cast<std::size_t>(found->second);
      if (colour[t] == 1) {
        diags.error(ref.loc,
                    fmt::format("claim '{}' supersedes '{}', which leads back to it: "
                                "`supersedes` must not form a cycle",
                                c.claims[node].id, ref.id),
                    "supersedes-cycle");
      } else if (colour[t] == 0) {
        colour[t] = 1;
        stack.emplace_back(t, 0);
      }
    }
  }
}

}  // namespace ungap::load
