#include "report/diff_digest.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>

namespace ungap::report {

namespace {

// Causes about the definitions, which read the same for every company (diff_causes.h).
constexpr std::string_view kWorkspaceWide[] = {
    "rule-changed",     "rule-added",     "rule-removed",       "obligation-changed",
    "obligation-added", "weight-changed", "obligation-removed",
};

bool workspace_wide(const Cause& c) {
  return std::find(std::begin(kWorkspaceWide), std::end(kWorkspaceWide), c.kind) !=
         std::end(kWorkspaceWide);
}

// Said once for all companies, a cause must name its obligation ("its weight changed" does
// not); a rule's cause already names the rule.
std::string shared_text(const Cause& c) {
  return c.kind.rfind("rule-", 0) == 0 ? c.text : c.id + ": " + c.text;
}

// The number (from 1) of `text` in `list`, added when new.
std::size_t number(std::vector<std::string>& list, const std::string& text) {
  auto it = std::find(list.begin(), list.end(), text);
  if (it != list.end()) return static_cast<std::size_t>(it - list.begin()) + 1;
  list.push_back(text);
  return list.size();
}

}  // namespace

DiffDigest digest(const ReportDiff& d) {
  DiffDigest out;
  out.groups.resize(4);
  std::vector<std::string> shared;
  for (const auto& v : d.verdicts) {
    auto& companies = out.groups[static_cast<std::size_t>(v.group)];
    auto at = std::find_if(companies.begin(), companies.end(),
                           [&](const CompanyChanges& c) { return c.company == v.company; });
    if (at == companies.end()) at = companies.insert(companies.end(), {v.company, {}, {}, {}});
    std::vector<std::string> refs;
    for (const auto& c : v.causes) {
      std::string ref = workspace_wide(c) ? "w" + std::to_string(number(shared, shared_text(c)))
                                          : std::to_string(number(at->causes, c.text));
      if (std::find(refs.begin(), refs.end(), ref) == refs.end()) refs.push_back(ref);
    }
    // Shared causes first, then the company's, each in number order.
    std::sort(refs.begin(), refs.end(), [](const std::string& x, const std::string& y) {
      bool xw = x[0] == 'w', yw = y[0] == 'w';
      if (xw != yw) return xw;
      return std::stoul(x.substr(xw)) < std::stoul(y.substr(yw));
    });
    at->verdicts.push_back(&v);
    at->refs.push_back(std::move(refs));
  }
  out.shared.resize(shared.size());
  for (std::size_t i = 0; i < shared.size(); ++i) out.shared[i].text = shared[i];
  for (const auto& companies : out.groups)
    for (const auto& c : companies)
      for (const auto& refs : c.refs)
        for (const auto& r : refs)
          if (r[0] == 'w') ++out.shared[std::stoul(r.substr(1)) - 1].verdicts;
  return out;
}

}  // namespace ungap::report
