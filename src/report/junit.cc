// JUnit XML for `check`: a test suite per company, a test case per listed obligation. A case
// fails when its verdict is one `--fail-on` fails on, or, with `--fail-on never` (the default),
// when it is a gap or partial; not-applicable and not-assessed cases are skipped.
#include <fmt/format.h>

#include "report/escape.h"
#include "report/verdicts.h"
#include "report/writers.h"

namespace ungap::report {

namespace {

struct Case {
  std::string name, classname, status, failure, body;
  bool skipped = false;
};

std::string body(const Run& run, const model::Company& c, const model::Finding& f) {
  std::string out;
  for (const auto& e : evidence(run.ws, c, f))
    out += fmt::format("evidence: {} ({}, {}{})\n", e.text,
                       e.source_id.empty() ? e.claim_id : e.source_id, e.date,
                       e.url.empty() ? "" : ", " + e.url);
  for (const auto& m : missing(run.ws, f)) out += "missing: " + m + "\n";
  for (const auto& e : contest_evidence(run.ws, c, f))
    out += fmt::format("contested by: {} ({}, {})\n", e.text,
                       e.source_id.empty() ? e.claim_id : e.source_id, e.date);
  if (!f.derived.empty()) out += "derived from: " + derived_text(f) + "\n";
  if (!f.reason.empty()) out += "reason: " + f.reason + "\n";
  return out;
}

Case make_case(const Run& run, const model::Company& c, const model::Finding& f,
               const std::string& level) {
  const auto& o = obligation_of(run.ws, f);
  Case k{o.full_id + ": " + o.title,
         c.id + "." + run.ws.frameworks[static_cast<std::size_t>(f.framework)].id,
         std::string(model::to_string(f.status)), "", body(run, c, f)};
  k.skipped = f.status == model::Status::kNotApplicable || f.status == model::Status::kNotAssessed;
  std::vector<std::string> flags;
  for (auto fl : f.flags.list()) flags.emplace_back(model::to_string(fl));
  if (!k.skipped && fails_on(level, k.status, flags))
    k.failure = fmt::format("{} (score {}{}{})", k.status, score_text(f), flags.empty() ? "" : "; ",
                            flags_text(f.flags));
  return k;
}

std::string render(const Case& k) {
  std::string out = fmt::format("    <testcase name=\"{}\" classname=\"{}\"", xml_escape(k.name),
                                xml_escape(k.classname));
  std::string inner;
  if (k.skipped)
    inner += fmt::format("      <skipped message=\"{}\"/>\n", k.status);
  else if (!k.failure.empty())
    inner += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n",
                         xml_escape(k.failure), k.status, xml_escape(k.body));
  if (!k.body.empty() && k.failure.empty())
    inner += "      <system-out>" + xml_escape(k.body) + "</system-out>\n";
  return out + (inner.empty() ? "/>\n" : ">\n" + inner + "    </testcase>\n");
}

}  // namespace

std::string write_junit(const Run& run, const WriteOptions& o) {
  std::string level = o.fail_on.empty() || o.fail_on == "never" ? "partial" : o.fail_on;
  std::string suites;
  int tests = 0, failures = 0, skipped = 0;
  for (const auto& cr : run.results.companies) {
    const auto& c = run.ws.companies[static_cast<std::size_t>(cr.company)];
    std::vector<Case> cases;
    for (const auto& f : cr.findings)
      if (std::find(run.frameworks.begin(), run.frameworks.end(), f.framework) !=
              run.frameworks.end() &&
          listed(run.ws, f))
        cases.push_back(make_case(run, c, f, level));
    int fails = 0, skips = 0;
    std::string body;
    for (const auto& k : cases) {
      fails += !k.failure.empty();
      skips += k.skipped;
      body += render(k);
    }
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n{}  "
        "</testsuite>\n",
        xml_escape(c.id), cases.size(), fails, skips, body);
    tests += static_cast<int>(cases.size());
    failures += fails;
    skipped += skips;
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ungap check, as of {}\" "
      "tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n{}</testsuites>\n",
      run.results.as_of.str(), tests, failures, skipped, suites);
}

}  // namespace ungap::report
