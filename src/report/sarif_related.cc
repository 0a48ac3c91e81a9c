#include "report/sarif_related.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "report/sarif_paths.h"
#include "report/spool.h"
#include "util/json_writer.h"

namespace ungap::report {

void put_related_keys(std::string& out, const model::Finding& f, std::vector<uint32_t>& seen) {
  seen.clear();
  for (const auto& rr : f.rules)
    for (const auto* set : {&rr.elements, &rr.contested})
      for (const auto& er : *set)
        for (int claim : er.claims) {
          auto key = static_cast<uint32_t>(claim) * 2 + (set == &rr.contested ? 1 : 0);
          auto at = std::lower_bound(seen.begin(), seen.end(), key);
          if (at != seen.end() && *at == key) continue;
          seen.insert(at, key);
          put_number(out, key);
        }
}

void RelatedLocations::write(std::string& out, const model::Company& c, std::string_view keys) {
  if (m_company != &c) {
    m_company = &c;
    m_after_id.assign(2 * c.claims.size(), {});
  }
  out += '[';
  FieldReader r(keys);
  for (uint32_t id = 0; !r.done(); ++id) {
    fmt::format_to(std::back_inserter(out), "{}{{\"id\":{}", id ? "," : "", id);
    out += after_id(r.number());
  }
  out += ']';
}

// A related location's JSON after its id: `,"physicalLocation":...,"message":...}`.
const std::string& RelatedLocations::after_id(uint32_t key) {
  auto& text = m_after_id[key];
  if (!text.empty()) return text;
  const auto& cl = m_company->claims[key / 2];
  util::JsonWriter w(false);
  w.begin_object();
  sarif_location(w, cl.loc);
  w.key("message")
      .begin_object()
      .field("text", fmt::format("{}claim {}", key % 2 ? "contested by " : "", cl.id))
      .end_object()
      .end_object();
  text = w.take();
  text.front() = ',';  // the object's `{` goes before the id
  return text;
}

}  // namespace ungap::report
