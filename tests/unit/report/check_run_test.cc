// The check run below the command line: the report it writes, the failures it names and the
// error of an output that cannot be written, on one small workspace.
#include "report/check_run.h"

#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../workspace_fixture.h"
#include "report/writers.h"

using namespace ungap;

namespace {

const char* kFramework = R"(framework: {id: fw, title: T}
obligations:
  - {id: a, title: A, severity: high}
  - {id: b, title: B}
)";

const char* kRules = R"Y(rules:
  - id: ra
    checks: [fw/a]
    elements:
      - {id: e1, text: Has x, match: "'x' in claim.topics"}
      - {id: e2, text: Has y, match: "'y' in claim.topics"}
  - id: rb
    checks: [fw/b]
    elements: [{id: e, match: "'z' in claim.topics"}]
)Y";

const char* kCompany = R"Y(company: {id: c, name: C}
sources:
  - {id: s, title: S, publisher: P, date: 2025-01-01, url: "https://example.org/s"}
claims:
  - {id: k, source: s, kind: process, topics: [x], summary: X}
)Y";

struct Fixture {
  test::Workspace ws{{{"fw.yaml", kFramework}, {"rules.yaml", kRules}, {"c.yaml", kCompany}}};
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("ungap-check-run-" + std::to_string(::getpid()));
  int evaluated = 0;

  Fixture() { std::filesystem::create_directories(dir); }
  ~Fixture() { std::filesystem::remove_all(dir); }

  report::CheckOutcome run(const std::string& format, const std::string& output,
                           report::FailOn fail_on) {
    engine::EvalOptions eval{*util::parse_date("2025-12-01"), 1, {}, nullptr};
    report::CheckRunOptions o{format, output, fail_on, "", false, false, {0}, nullptr};
    return report::run_check(
        ws.cw(), eval, o, [this] { ++evaluated; }, ws.diags());
  }
  static std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(check_run, Fixture)

BOOST_AUTO_TEST_CASE(writes_the_report_and_names_what_fails) {
  auto out = run("csv", (dir / "r.csv").string(), report::FailOn::kPartial);
  BOOST_TEST(out.written);
  BOOST_TEST(!out.error.has_value());
  BOOST_TEST(evaluated == 1);
  BOOST_TEST(out.failing == 2u);
  BOOST_TEST(out.failures ==
             "ungap: --fail-on partial: 2 verdicts fail:\n"
             "  c fw/a: partial\n"
             "  c fw/b: gap\n"
             "  (`ungap explain COMPANY OBLIGATION` shows why)\n");
  BOOST_TEST(out.summary ==
             "1 company, 1 framework, as of 2025-12-01: 0 met, 1 partial, 1 gap, 0 "
             "not-applicable, 0 not-assessed; 0 contested, 0 overdue");
  // Written company by company, the same bytes as the writer gives from the whole result.
  engine::Results results{*util::parse_date("2025-12-01"), {ws.evaluate("c", "2025-12-01")}};
  results.companies.back().company = 0;
  std::string whole = report::write_csv({ws.ws(), results, {0}}, {});
  BOOST_TEST(!whole.empty());
  BOOST_TEST(read(dir / "r.csv") == whole);
}

BOOST_AUTO_TEST_CASE(the_level_decides_what_fails) {
  auto gap = run("json", (dir / "r.json").string(), report::FailOn::kGap);
  BOOST_TEST(gap.failures ==
             "ungap: --fail-on gap: 1 verdict fails:\n"
             "  c fw/b: gap\n"
             "  (`ungap explain COMPANY OBLIGATION` shows why)\n");
  auto never = run("table", "/dev/null", report::FailOn::kNever);
  BOOST_TEST(never.written);
  BOOST_TEST(!never.failed());
  BOOST_TEST(never.failures == "");
}

BOOST_AUTO_TEST_CASE(an_output_that_cannot_be_written_is_an_error_naming_it) {
  auto missing = (dir / "no-such-folder" / "r.json").string();
  const std::string no_folder = "cannot write " + missing + ": No such file or directory";
  auto streamed = run("json", missing, report::FailOn::kGap);
  BOOST_TEST(!streamed.written);
  BOOST_TEST(streamed.error.value_or(util::OutputError{}).message() == no_folder);
  BOOST_TEST(streamed.failures == "");
  auto whole = run("sarif", missing, report::FailOn::kGap);
  BOOST_TEST(!whole.written);
  BOOST_TEST(whole.error.value_or(util::OutputError{}).message() == no_folder);
  // A write that fails half-way (a full disk) is the same error, whatever the step.
  auto full = run("md", "/dev/full", report::FailOn::kGap);
  BOOST_TEST(!full.written);
  BOOST_TEST(full.error.value_or(util::OutputError{}).message() ==
             "cannot write /dev/full: No space left on device");
  BOOST_TEST(run("csv", "/dev/null", report::FailOn::kGap).error.has_value() == false);
}

BOOST_AUTO_TEST_CASE(a_workbook_needs_no_temporary_folder) {
  // The XLSX workbook's sheets are compressed as they come, into anonymous temporary files
  // (tmpfile, as the other formats' spools): $TMPDIR naming no folder does not stop it.
  std::string saved = std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "";
  ::setenv("TMPDIR", (dir / "no-such-folder").c_str(), 1);
  auto out = run("xlsx", (dir / "r.xlsx").string(), report::FailOn::kGap);
  saved.empty() ? ::unsetenv("TMPDIR") : ::setenv("TMPDIR", saved.c_str(), 1);
  BOOST_TEST(out.written);
  BOOST_TEST(!out.error.has_value());
  std::ifstream in(dir / "r.xlsx", std::ios::binary);
  std::string magic(4, '\0');
  in.read(magic.data(), 4);
  BOOST_TEST(magic == "PK\x03\x04");  // a ZIP archive's first local header
}

BOOST_AUTO_TEST_SUITE_END()
