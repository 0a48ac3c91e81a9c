#include "report/baseline.h"

#include <boost/test/unit_test.hpp>

using namespace ungap::report;

namespace {

Verdict verdict(const std::string& company, const std::string& obligation,
                const std::string& status, double score, const std::string& parent = "",
                const std::string& rule = "") {
  Verdict v{company, obligation, status, score, {}, {}};
  v.parent = parent;
  if (!rule.empty()) v.rules.push_back({rule, "rules/r.yaml:1:3", status, {}, ""});
  return v;
}

// Companies in report order z, a; each with parent fw/p over leaves fw/p.2 and fw/p.1.
ReportRecord record(const std::string& status) {
  ReportRecord r;
  r.as_of = "2025-12-01";
  for (std::string c : {"z", "a"}) {
    r.verdicts.push_back(verdict(c, "fw/p", status, status == "gap" ? 0 : 100));
    r.verdicts.push_back(verdict(c, "fw/p.2", status, status == "gap" ? 0 : 100, "fw/p", "r2"));
    r.verdicts.push_back(verdict(c, "fw/p.1", status, status == "gap" ? 0 : 100, "fw/p", "r1"));
    r.claims[c]["x"] = {"2025-11-01", "c.yaml:3:5", "s1", "Report", "https://e.org", {}};
  }
  return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(baseline)

BOOST_AUTO_TEST_CASE(new_failures_by_company_then_obligation_leaves_only_with_causes) {
  auto before = record("met"), now = record("gap");
  now.as_of = "2026-01-01";
  for (auto& v : before.verdicts)
    if (v.obligation == "fw/p.1") v.evidence = {"x"};
  auto cmp = compare_with_baseline(now, before, FailOn::kGap);
  BOOST_TEST(cmp.known == 0u);
  BOOST_TEST(baseline_text(cmp, before.as_of, FailOn::kGap) ==
             "new: a|fw/p.2|r2 (met 100 -> gap 0)\n"
             "    - no cause found in the reports\n"
             "new: a|fw/p.1|r1 (met 100 -> gap 0)\n"
             "    - claim x (2025-11-01, source s1) no longer counts as evidence\n"
             "new: z|fw/p.2|r2 (met 100 -> gap 0)\n"
             "    - no cause found in the reports\n"
             "new: z|fw/p.1|r1 (met 100 -> gap 0)\n"
             "    - claim x (2025-11-01, source s1) no longer counts as evidence\n"
             "baseline 2025-12-01: 4 new, 0 still failing, 0 fixed (--fail-on gap)\n");
}

BOOST_AUTO_TEST_CASE(a_parent_failing_on_its_own_is_listed) {
  auto before = record("met"), now = record("met");
  now.verdicts[0] = verdict("z", "fw/p", "gap", 0);  // carried over a mapping, say
  auto cmp = compare_with_baseline(now, before, FailOn::kGap);
  BOOST_REQUIRE(cmp.fresh.size() == 1u);
  BOOST_TEST(cmp.fresh[0].name == "z|fw/p|");
  auto fixed = compare_with_baseline(before, now, FailOn::kGap);
  BOOST_REQUIRE(fixed.fixed.size() == 1u);
  BOOST_TEST(fixed.fixed[0].name == "z|fw/p|");
}

BOOST_AUTO_TEST_SUITE_END()
