// `-o FILE` takes its format from the extension; --format must agree with it.
#include "cli/output_format.h"

#include <boost/test/unit_test.hpp>
#include <string>

using namespace ungap::cli;

namespace {

const FormatChoice kCheck{
    "", "table", {"table", "md", "csv", "json", "html", "xlsx", "sarif", "junit"}};

FormatChoice check_with(const std::string& given) {
  FormatChoice c = kCheck;
  c.given = given;
  return c;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(output_format_choice)

BOOST_AUTO_TEST_CASE(the_extension_names_the_format) {
  BOOST_TEST(output_format("r.xlsx", kCheck).format == "xlsx");
  BOOST_TEST(output_format("out/r.HTML", kCheck).format == "html");
  BOOST_TEST(output_format("r.sarif.json", kCheck).format == "sarif");
  BOOST_TEST(output_format("r.json", kCheck).format == "json");
  BOOST_TEST(output_format("r.xml", kCheck).format == "junit");
  BOOST_TEST(output_format("r.txt", kCheck).format == "table");
  BOOST_TEST(output_format("r.txt", {"", "text", {"text", "junit"}}).format == "text");
  BOOST_TEST(output_format("report", kCheck).format == "table");
  BOOST_TEST(output_format("/dev/null", kCheck).format == "table");
  BOOST_TEST(output_format("", kCheck).format == "table");
  BOOST_TEST(output_format("-", check_with("json")).format == "json");
}

BOOST_AUTO_TEST_CASE(a_contradiction_is_an_error) {
  auto r = output_format("gaps.html", check_with("md"));
  BOOST_TEST(r.format.empty());
  BOOST_TEST(r.error ==
             "--format md contradicts the name of -o gaps.html (a .html file is html); change one "
             "of them");
  BOOST_TEST(output_format("gaps.md", check_with("md")).error.empty());
  BOOST_TEST(output_format("gaps.out", check_with("json")).format == "json");
  BOOST_TEST(output_format("gaps.txt", check_with("csv")).format == "csv");
}

BOOST_AUTO_TEST_CASE(an_unknown_extension_needs_a_format) {
  BOOST_TEST(output_format("gaps.pdf", kCheck).error ==
             "cannot tell the format of -o gaps.pdf from its extension .pdf; give --format "
             "(table, md, csv, json, html, xlsx, sarif, junit)");
  BOOST_TEST(output_format("results.csv", {"", "text", {"text", "junit"}}).error ==
             "cannot tell the format of -o results.csv from its extension .csv; give --format "
             "(text, junit)");
}

BOOST_AUTO_TEST_SUITE_END()
