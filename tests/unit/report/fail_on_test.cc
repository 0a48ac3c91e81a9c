// The `--fail-on` level: its names, the message for a misspelt one, and what each level fails.
#include "report/fail_on.h"

#include <boost/test/unit_test.hpp>

using namespace ungap::report;

namespace {

std::string parse_error(std::string_view text) {
  std::string error;
  BOOST_TEST(!parse_fail_on(text, error).has_value());
  return error;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(fail_on)

BOOST_AUTO_TEST_CASE(every_name_parses_back_to_its_level) {
  BOOST_TEST(fail_on_names() ==
                 std::vector<std::string>({"gap", "partial", "contested", "overdue", "never"}),
             boost::test_tools::per_element());
  for (const auto& name : fail_on_names()) {
    std::string error;
    auto level = parse_fail_on(name, error);
    BOOST_TEST(level.has_value());
    BOOST_TEST(to_string(*level) == name);
    BOOST_TEST(error == "");
  }
}

BOOST_AUTO_TEST_CASE(a_misspelt_level_says_what_it_may_be) {
  BOOST_TEST(parse_error("gapp") ==
             "gapp not in {gap,partial,contested,overdue,never} (did you mean 'gap'?)");
  BOOST_TEST(parse_error("contest") ==
             "contest not in {gap,partial,contested,overdue,never} (did you mean 'contested'?)");
  BOOST_TEST(parse_error("everything") ==
             "everything not in {gap,partial,contested,overdue,never}");
  BOOST_TEST(parse_error("") == " not in {gap,partial,contested,overdue,never}");
  BOOST_TEST(parse_error("Gap") ==
             "Gap not in {gap,partial,contested,overdue,never} (did you mean 'gap'?)");
}

BOOST_AUTO_TEST_CASE(each_level_fails_its_statuses_or_flags) {
  const std::vector<std::string> none, contested{"contested"}, overdue{"overdue"};
  BOOST_TEST(fails_on(FailOn::kGap, "gap", none));
  BOOST_TEST(!fails_on(FailOn::kGap, "partial", none));
  BOOST_TEST(fails_on(FailOn::kPartial, "gap", none));
  BOOST_TEST(fails_on(FailOn::kPartial, "partial", none));
  BOOST_TEST(!fails_on(FailOn::kPartial, "met", contested));
  BOOST_TEST(fails_on(FailOn::kContested, "met", contested));
  BOOST_TEST(!fails_on(FailOn::kContested, "gap", overdue));
  BOOST_TEST(fails_on(FailOn::kOverdue, "partial", overdue));
  BOOST_TEST(!fails_on(FailOn::kOverdue, "gap", contested));
  BOOST_TEST(!fails_on(FailOn::kNever, "gap", {"contested", "overdue"}));
}

BOOST_AUTO_TEST_SUITE_END()
