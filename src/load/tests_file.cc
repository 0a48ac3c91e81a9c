// Rule tests (`*.test.yaml`): a company, claims, a date, and the statuses expected.
#include <fmt/format.h>

#include "load/file_kinds.h"
#include "util/text.h"

namespace ungap::load {

namespace {

using model::Expectation;
using model::RuleTest;

void read_score(Reader& r, const YNode& n, Expectation& e) {
  auto v = r.number(n);
  if (v && (*v < 0 || *v > 100))
    r.error(n, "score must be between 0 and 100", "invalid-value");
  else if (v)
    e.score = *v;
}

void read_flags(Reader& r, const YNode& n, Expectation& e) {
  if (!r.expect_list(n, "a list of flags")) return;
  std::set<model::Flag> flags;
  for (const YNode* item : n.items)
    if (auto f = r.enumeration<model::Flag>(*item, "flag")) flags.insert(*f);
  e.flags = flags;
}

void read_element_expectations(Reader& r, const YNode& n, Expectation& e) {
  if (!r.expect_map(n, "elements")) return;
  for (std::size_t i = 0; i < n.pair_count(); ++i) {
    auto id = r.id(n.key(i));
    auto met = r.boolean(n.val(i));
    if (id && met) e.elements.push_back({*id, *met, r.loc(n.key(i))});
  }
}

const Schema<Expectation>& expectation_schema() {
  static const Schema<Expectation> s{
      "expectation",
      "What the test expects of one obligation; each key given is checked.",
      {
          {{"status", false, ValueType::kEnum, "Expected status.",
            model::enum_spellings<model::Status>},
           [](Reader& r, const YNode& n, Expectation& e) {
             e.status = r.enumeration<model::Status>(n, "status");
           }},
          {{"score", false, ValueType::kNumber, "Expected score, 0 to 100."}, read_score},
          {{"flags", false, ValueType::kStringList, "The exact set of flags expected."},
           read_flags},
          {{"elements", false, ValueType::kAnyMap, "Element id: met (true) or not (false)."},
           read_element_expectations},
      }};
  return s;
}

const KeyTable& expectation_table() {
  return expectation_schema().table();
}

void read_expect(Reader& r, const YNode& n, RuleTest& t) {
  if (!r.expect_map(n, "expect")) return;
  for (std::size_t i = 0; i < n.pair_count(); ++i) {
    Expectation e;
    e.loc = r.loc(n.key(i));
    auto ref = r.full_ref(n.key(i));
    if (!ref) continue;
    e.obligation = {*ref, r.loc(n.key(i))};
    const YNode& v = n.val(i);
    if (v.is_scalar()) {
      e.status = r.enumeration<model::Status>(v, "status");
      if (!e.status) continue;
    } else if (!read_map(r, v, expectation_schema(), e)) {
      continue;
    }
    t.expect.push_back(std::move(e));
  }
}

const Schema<RuleTest>& test_schema() {
  static const Schema<RuleTest> s{
      "test",
      "One rule test case.",
      {
          {{"name", true, ValueType::kString, "What the case shows."},
           [](Reader& r, const YNode& n, RuleTest& t) { t.name = r.string(n).value_or(""); }},
          {{"company", true, ValueType::kObject, "The company under test.", nullptr, company_table},
           [](Reader& r, const YNode& n, RuleTest& t) { read_company(r, n, t.company); }},
          {{"as_of", false, ValueType::kDate, "The evaluation date; default: today."},
           [](Reader& r, const YNode& n, RuleTest& t) { t.as_of = r.date(n); }},
          {{"sources", false, ValueType::kObjectList, "Sources the claims may cite.", nullptr,
            source_table},
           [](Reader& r, const YNode& n, RuleTest& t) { read_sources(r, n, t.company); }},
          {{"claims", false, ValueType::kObjectList, "The claims (source optional).", nullptr,
            claim_table},
           [](Reader& r, const YNode& n, RuleTest& t) { read_claims(r, n, t.company); }},
          {{"impacts", false, ValueType::kObjectList, "Impacts the claims may concern.", nullptr,
            impact_table},
           [](Reader& r, const YNode& n, RuleTest& t) { read_impacts(r, n, t.company); }},
          {{"expect", true, ValueType::kExpectationMap,
            "Obligation id: a status, or a map of status, score, flags and elements.", nullptr,
            expectation_table},
           read_expect},
      }};
  return s;
}

const KeyTable& test_table() {
  return test_schema().table();
}

struct TestsFile {
  std::vector<RuleTest> tests;
};

const Schema<TestsFile>& file_schema() {
  static const Schema<TestsFile> s{
      "tests file",
      "Rule tests.",
      {
          {{"tests", true, ValueType::kObjectList, "The test cases.", nullptr, test_table},
           [](Reader& r, const YNode& n, TestsFile& f) {
             if (!r.expect_list(n, "a list of tests")) return;
             for (const YNode* item : n.items) {
               RuleTest t;
               t.loc = r.loc(*item);
               if (read_map(r, *item, test_schema(), t)) f.tests.push_back(std::move(t));
             }
           }},
      }};
  return s;
}

}  // namespace

const KeyTable& tests_file_table() {
  return file_schema().table();
}

void load_tests_file(Reader& r, const YNode& root, model::Workspace& ws) {
  TestsFile f;
  read_map(r, root, file_schema(), f);
  for (auto& t : f.tests) ws.tests.push_back(std::move(t));
}

}  // namespace ungap::load
