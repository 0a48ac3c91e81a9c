// `ungap lint`'s verdict on its diagnostics: errors fail it, warnings only with --strict.
#include "report/diagnostic_formats.h"

#include <boost/test/unit_test.hpp>

using namespace ungap;

namespace {

util::Diagnostic diagnostic(util::Severity severity) {
  util::Diagnostic d;
  d.severity = severity;
  d.message = "m";
  d.code = "c";
  return d;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(diagnostic_formats)

BOOST_AUTO_TEST_CASE(errors_fail_and_warnings_fail_only_when_strict) {
  auto warning = diagnostic(util::Severity::kWarning);
  auto error = diagnostic(util::Severity::kError);
  BOOST_TEST(!report::lint_fails({}, true));
  BOOST_TEST(!report::lint_fails({warning}, false));
  BOOST_TEST(report::lint_fails({warning}, true));
  BOOST_TEST(report::lint_fails({warning, error}, false));
}

BOOST_AUTO_TEST_SUITE_END()
