// Rules files: `rules:`, each rule with elements whose `match` expressions find evidence.
#include <fmt/format.h>

#include "load/file_kinds.h"
#include "util/text.h"

namespace ungap::load {

namespace {

using model::Element;
using model::Rule;

const Schema<Element>& element_schema() {
  static const Schema<Element> s{
      "element",
      "One piece of evidence the rule looks for.",
      {
          {{"id", true, ValueType::kId, "Element id, unique within the rule."},
           [](Reader& r, const YNode& n, Element& e) { e.id = r.id(n).value_or(""); }},
          {{"text", false, ValueType::kString, "What the element asks for, in words."},
           [](Reader& r, const YNode& n, Element& e) { e.text = r.string(n).value_or(""); }},
          {{"match", true, ValueType::kExpr, "Rule expression over claim, company and as_of."},
           [](Reader& r, const YNode& n, Element& e) {
             if (auto t = r.located(n)) e.match = std::move(*t);
           }},
          {{"min", false, ValueType::kInt, "Matching claims needed (default 1)."},
           [](Reader& r, const YNode& n, Element& e) {
             auto v = r.integer(n);
             if (v && *v < 1)
               r.error(n, "min must be at least 1", "invalid-value");
             else if (v && *v > 1000000)
               r.error(n, "min must be at most 1000000", "invalid-value");
             else if (v)
               e.min = static_cast<int>(*v);
           }},
          {{"weight", false, ValueType::kNumber, "Share of the score (default 1)."},
           [](Reader& r, const YNode& n, Element& e) {
             auto v = r.number(n);
             if (v && (*v < 0 || *v > 1e6))
               r.error(n, "weight must be between 0 and 1000000", "invalid-value");
             else if (v)
               e.weight = *v;
           }},
      }};
  return s;
}

const KeyTable& element_table() {
  return element_schema().table();
}

std::vector<Element> read_elements(Reader& r, const YNode& n) {
  std::vector<Element> out;
  if (!r.expect_list(n, "a list of elements")) return out;
  for (const YNode* item : n.items) {
    Element e;
    e.loc = r.loc(*item);
    if (read_map(r, *item, element_schema(), e) && !e.id.empty()) out.push_back(std::move(e));
  }
  return out;
}

void read_pass(Reader& r, const YNode& n, Rule& rule) {
  rule.pass.loc = r.loc(n);
  if (n.is_scalar() && n.style == 0 && (n.value == "all" || n.value == "any")) {
    rule.pass.kind =
        n.value == "all" ? model::PassCondition::Kind::kAll : model::PassCondition::Kind::kAny;
    return;
  }
  if (n.is_scalar() && n.style == 0 && !n.value.empty() &&
      n.value.find_first_not_of("0123456789") == std::string::npos && n.value.size() < 7) {
    int count = std::stoi(n.value);
    if (count >= 1) {
      rule.pass = {model::PassCondition::Kind::kCount, count, r.loc(n)};
      return;
    }
  }
  r.error(n,
          fmt::format("invalid pass '{}': expected all, any or a number of elements (1 or more)",
                      n.is_scalar() ? util::ellipsize(n.value, 40) : describe(n)),
          "invalid-value");
}

const Schema<Rule>& rule_schema() {
  static const Schema<Rule> s{
      "rule",
      "Which evidence meets which obligations.",
      {
          {{"id", true, ValueType::kId, "Rule id, unique in the workspace."},
           [](Reader& r, const YNode& n, Rule& x) { x.id = r.id(n).value_or(""); }},
          {{"checks", true, ValueType::kRefList, "Full ids of the obligations it assesses."},
           [](Reader& r, const YNode& n, Rule& x) {
             if (!r.expect_list(n, "a list of obligation ids")) return;
             for (const YNode* item : n.items)
               if (auto ref = r.full_ref(*item)) x.checks.push_back({*ref, r.loc(*item)});
           }},
          {{"title", false, ValueType::kString, "What the rule checks, in words."},
           [](Reader& r, const YNode& n, Rule& x) { x.title = r.string(n).value_or(""); }},
          {{"when", false, ValueType::kExpr,
            "Expression over company and as_of; false makes the rule not applicable."},
           [](Reader& r, const YNode& n, Rule& x) { x.when = r.located(n); }},
          {{"elements", true, ValueType::kObjectList, "The evidence looked for.", nullptr,
            element_table},
           [](Reader& r, const YNode& n, Rule& x) { x.elements = read_elements(r, n); }},
          {{"contested_by", false, ValueType::kObjectList,
            "Evidence that disputes what the elements found: when a rule with evidence meets one, "
            "it is flagged contested (and lowered, see on_contest).",
            nullptr, element_table},
           [](Reader& r, const YNode& n, Rule& x) { x.contested_by = read_elements(r, n); }},
          {{"pass", false, ValueType::kPass, "all (default), any, or a number of elements."},
           read_pass},
          {{"severity", false, ValueType::kEnum, "Default: the obligation's.",
            model::enum_spellings<model::Severity>},
           [](Reader& r, const YNode& n, Rule& x) {
             x.severity = r.enumeration<model::Severity>(n, "severity");
           }},
          {{"on_contest", false, ValueType::kEnum,
            "What a matching contested_by element does when the rule is met: lower (met becomes "
            "partial, the score drops) or flag (marked contested only). Default: the "
            "obligation's, else lower when the severity is critical, else flag.",
            model::enum_spellings<model::OnContest>},
           [](Reader& r, const YNode& n, Rule& x) {
             x.on_contest = r.enumeration<model::OnContest>(n, "on_contest");
             x.on_contest_loc = r.loc(n);
           }},
          {{"per", false, ValueType::kEnum,
            "company (default), or impact: evaluated once per impact of the company.",
            model::enum_spellings<model::RulePer>},
           [](Reader& r, const YNode& n, Rule& x) {
             x.per = r.enumeration<model::RulePer>(n, "per").value_or(model::RulePer::kCompany);
           }},
          {{"due", false, ValueType::kDate, "Deadline (YYYY-MM-DD)."},
           [](Reader& r, const YNode& n, Rule& x) { x.due = r.date(n); }},
          {{"note", false, ValueType::kString, "Free text for readers."},
           [](Reader& r, const YNode& n, Rule& x) { x.note = r.string(n).value_or(""); }},
      }};
  return s;
}

const KeyTable& rule_table() {
  return rule_schema().table();
}

struct RulesFile {
  std::vector<Rule> rules;
};

const Schema<RulesFile>& file_schema() {
  static const Schema<RulesFile> s{
      "rules file",
      "Rules.",
      {
          {{"rules", true, ValueType::kObjectList, "The rules.", nullptr, rule_table},
           [](Reader& r, const YNode& n, RulesFile& f) {
             if (!r.expect_list(n, "a list of rules")) return;
             for (const YNode* item : n.items) {
               Rule rule;
               rule.loc = r.loc(*item);
               if (read_map(r, *item, rule_schema(), rule) && !rule.id.empty())
                 f.rules.push_back(std::move(rule));
             }
           }},
      }};
  return s;
}

}  // namespace

const KeyTable& rules_file_table() {
  return file_schema().table();
}

void load_rules_file(Reader& r, const YNode& root, model::Workspace& ws) {
  RulesFile f;
  read_map(r, root, file_schema(), f);
  for (auto& rule : f.rules) ws.rules.push_back(std::move(rule));
}

}  // namespace ungap::load
