#include "report/definition_digest.h"

#include <fmt/format.h>

#include "util/sha256.h"

namespace ungap::report {

namespace {

// Each field length-prefixed, so no two different rules serialise alike.
void put(std::string& out, std::string_view field) {
  out += fmt::format("{}:", field.size());
  out += field;
}

void put_elements(std::string& out, const std::vector<model::Element>& elements) {
  put(out, fmt::format("{}", elements.size()));
  for (const auto& e : elements) {
    put(out, e.id);
    put(out, e.match.text);
    put(out, fmt::format("{} {}", e.min, e.weight));
  }
}

}  // namespace

std::string rule_digest(const model::Rule& r) {
  std::string text;
  put(text, r.id);
  put(text, fmt::format("{}", r.checks.size()));
  for (const auto& c : r.checks) put(text, c.id);
  put(text, r.when ? r.when->text : std::string("-"));
  put_elements(text, r.elements);
  put_elements(text, r.contested_by);
  put(text, fmt::format("{} {}", static_cast<int>(r.pass.kind), r.pass.count));
  put(text, r.severity ? fmt::format("{}", static_cast<int>(*r.severity)) : "-");
  put(text, r.on_contest ? fmt::format("{}", static_cast<int>(*r.on_contest)) : "-");
  put(text, r.due ? r.due->str() : "-");
  put(text, fmt::format("{}", static_cast<int>(r.per)));
  return util::sha256_hex(text);
}

std::string obligation_digest(const model::Framework& fw, const model::Obligation& o) {
  auto id = [&fw](int i) -> const std::string& {
    return fw.obligations[static_cast<std::size_t>(i)].full_id;
  };
  std::string text;
  put(text, o.full_id);
  put(text, o.text);
  put(text, o.severity ? fmt::format("{}", static_cast<int>(*o.severity)) : "-");
  put(text, o.on_contest ? fmt::format("{}", static_cast<int>(*o.on_contest)) : "-");
  put(text, o.due ? o.due->str() : "-");
  put(text, o.applies_when ? o.applies_when->text : std::string("-"));
  put(text, o.assessable ? "assessable" : "not assessable");
  put(text, o.parent == model::kNoParent ? std::string("-") : id(o.parent));
  put(text, fmt::format("{}", o.children.size()));
  for (int c : o.children) put(text, id(c));
  return util::sha256_hex(text);
}

}  // namespace ungap::report
