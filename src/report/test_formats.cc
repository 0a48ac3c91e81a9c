#include "report/test_formats.h"

#include <fmt/format.h>

#include "report/escape.h"

namespace ungap::report {

static std::string coverage_text(const engine::Coverage& c, bool list) {
  std::string out;
  if (list) {
    for (const auto& o : c.obligations_without_rule) out += fmt::format("no rule: {}\n", o);
    for (const auto& o : c.obligations_untested) out += fmt::format("no tested rule: {}\n", o);
    for (const auto& r : c.rules_without_test) out += fmt::format("rule without test: {}\n", r);
    for (const auto& o : c.obligations_over_mapping)
      out += fmt::format("covered over a mapping: {}\n", o);
  }
  for (const auto& f : c.per_framework)
    out += fmt::format(
        "coverage of {}: {:.1f}% ({} of {} assessable obligations, {} over a "
        "mapping)\n",
        f.framework, f.percent(), f.covered, f.assessable, f.over_mapping);
  out += fmt::format(
      "coverage: {:.1f}% ({} of {} assessable obligations have a tested rule or "
      "a verdict over a mapping from one)\n",
      c.percent(), c.covered, c.assessable);
  return out;
}

std::string tests_text(const std::vector<engine::TestCaseResult>& results,
                       const std::optional<engine::Coverage>& coverage, bool list_coverage) {
  std::string out;
  int passed = 0, failed = 0;
  for (const auto& r : results) {
    if (r.passed()) {
      ++passed;
      continue;
    }
    ++failed;
    for (const auto& f : r.failures)
      out += util::render_text({util::Severity::kError, f.loc,
                                fmt::format("test '{}' failed: {}", r.name, f.message),
                                "test-failed"});
  }
  if (coverage) out += coverage_text(*coverage, list_coverage);
  out += fmt::format("{} passed, {} failed\n", passed, failed);
  return out;
}

std::string tests_junit(const std::vector<engine::TestCaseResult>& results) {
  int failed = 0;
  for (const auto& r : results) failed += !r.passed();
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"ungap test\" tests=\"{}\" failures=\"{}\">\n",
                     results.size(), failed);
  out += fmt::format("  <testsuite name=\"rule tests\" tests=\"{}\" failures=\"{}\">\n",
                     results.size(), failed);
  for (const auto& r : results) {
    out += fmt::format("    <testcase name=\"{}\" classname=\"{}\" file=\"{}\" line=\"{}\"",
                       xml_escape(r.name), xml_escape(r.loc.path()), xml_escape(r.loc.path()),
                       r.loc.line);
    if (r.passed()) {
      out += "/>\n";
      continue;
    }
    out += ">\n";
    for (const auto& f : r.failures)
      out += fmt::format("      <failure message=\"{}\">{}</failure>\n", xml_escape(f.message),
                         xml_escape(f.loc.str() + ": " + f.message));
    out += "    </testcase>\n";
  }
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace ungap::report
