// JUnit XML for `check`: a test suite per company, a test case per listed obligation. A case
// fails when its verdict is one `--fail-on` fails on, or, with `--fail-on never` (the default),
// when it is a gap or partial; not-applicable and not-assessed cases are skipped.
#include <fmt/format.h>

#include <iterator>

#include "report/escape.h"
#include "report/spool.h"
#include "report/verdicts.h"
#include "report/writers.h"

namespace ungap::report {

namespace {

struct Case {
  std::string name, classname, status, failure, body;
  bool skipped = false;
};

std::string body(const model::Workspace& ws, const model::Company& c, const model::Finding& f) {
  std::string out;
  for (const auto& e : evidence(ws, c, f))
    out += fmt::format("evidence: {} ({}, {}{})\n", e.text,
                       e.source_id.empty() ? e.claim_id : e.source_id, e.date,
                       e.url.empty() ? "" : ", " + e.url);
  for (const auto& m : missing(ws, f)) out += "missing: " + m + "\n";
  for (const auto& e : contest_evidence(ws, c, f))
    out += fmt::format("contested by: {} ({}, {})\n", e.text,
                       e.source_id.empty() ? e.claim_id : e.source_id, e.date);
  if (!f.derived.empty()) out += "derived from: " + derived_text(f) + "\n";
  if (!f.reason.empty()) out += "reason: " + f.reason + "\n";
  return out;
}

bool skipped(const model::Finding& f) {
  return f.status == model::Status::kNotApplicable || f.status == model::Status::kNotAssessed;
}

std::vector<std::string> flag_names(const model::Finding& f) {
  std::vector<std::string> flags;
  for (auto fl : f.flags.list()) flags.emplace_back(model::to_string(fl));
  return flags;
}

bool failing(const model::Finding& f, FailOn level) {
  return !skipped(f) && fails_on(level, model::to_string(f.status), flag_names(f));
}

Case make_case(const model::Workspace& ws, const model::Company& c, const model::Finding& f,
               FailOn level) {
  const auto& o = obligation_of(ws, f);
  Case k{o.full_id + ": " + o.title,
         c.id + "." + ws.frameworks[static_cast<std::size_t>(f.framework)].id,
         std::string(model::to_string(f.status)), "", body(ws, c, f)};
  k.skipped = skipped(f);
  if (failing(f, level))
    k.failure = fmt::format("{} (score {}{}{})", k.status, score_text(f),
                            f.flags.empty() ? "" : "; ", flags_text(f.flags));
  return k;
}

void render(std::string& out, const Case& k) {
  fmt::format_to(std::back_inserter(out), "    <testcase name=\"{}\" classname=\"{}\"",
                 xml_escape(k.name), xml_escape(k.classname));
  if (!k.skipped && k.failure.empty() && k.body.empty()) {
    out += "/>\n";
    return;
  }
  out += ">\n";
  if (k.skipped)
    fmt::format_to(std::back_inserter(out), "      <skipped message=\"{}\"/>\n", k.status);
  else if (!k.failure.empty())
    fmt::format_to(std::back_inserter(out),
                   "      <failure message=\"{}\" type=\"{}\">{}</failure>\n",
                   xml_escape(k.failure), k.status, xml_escape(k.body));
  if (!k.body.empty() && k.failure.empty())
    out += "      <system-out>" + xml_escape(k.body) + "</system-out>\n";
  out += "    </testcase>\n";
}

// Each company's suite is known when the company is; the root's totals only at the end, and
// they come first: suites wait in a spool (in order) and are written after the root's tag.
class JunitStream : public ReportStream {
 public:
  JunitStream(const StreamContext& ctx, const WriteOptions& o)
      : m_ctx(ctx), m_level(o.fail_on == FailOn::kNever ? FailOn::kPartial : o.fail_on) {}

  std::string begin() override { return {}; }

  // The suite's counts (tests, failures, skipped) as fields, then its text. The counts come
  // first, so the text is written once, in place.
  std::string company(const model::CompanyResult& cr) const override {
    const auto& c = m_ctx.ws.companies[static_cast<std::size_t>(cr.company)];
    uint32_t tests = 0, fails = 0, skips = 0;
    for (const auto& f : cr.findings) {
      if (!selected(m_ctx.ws, m_ctx.frameworks, f)) continue;
      ++tests;
      fails += failing(f, m_level);
      skips += skipped(f);
    }
    std::string out;
    out.reserve(m_hint.get());
    put_number(out, tests);
    put_number(out, fails);
    put_number(out, skips);
    fmt::format_to(std::back_inserter(out),
                   "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
                   "skipped=\"{}\">\n",
                   xml_escape(c.id), tests, fails, skips);
    for (const auto& f : cr.findings)
      if (selected(m_ctx.ws, m_ctx.frameworks, f)) render(out, make_case(m_ctx.ws, c, f, m_level));
    out += "  </testsuite>\n";
    m_hint.update(out.size());
    return out;
  }

  std::string take(const model::CompanyResult&, std::string&& text) override {
    FieldReader counts(text);
    m_tests += counts.number();
    m_failures += counts.number();
    m_skipped += counts.number();
    m_suites.write(counts.rest());
    return {};
  }

  std::string end() override {
    return fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ungap check, as of {}\" "
        "tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n",
        m_ctx.as_of.str(), m_tests, m_failures, m_skipped);
  }

  // The suites, 64 KB at a time, then the closing tag.
  std::string more() override {
    if (m_done) return {};
    std::string out;
    if (!m_suites.read(out, kPiece)) {
      out = "</testsuites>\n";
      m_done = true;
    }
    return out;
  }

 private:
  static constexpr std::size_t kPiece = 64 << 10;
  const StreamContext& m_ctx;
  FailOn m_level;
  SizeHint m_hint;
  Spool m_suites;
  uint64_t m_tests = 0, m_failures = 0, m_skipped = 0;
  bool m_done = false;
};

}  // namespace

std::unique_ptr<ReportStream> junit_stream(const StreamContext& ctx, const WriteOptions& o) {
  return std::make_unique<JunitStream>(ctx, o);
}

std::string write_junit(const Run& run, const WriteOptions& o) {
  return write_streamed(junit_stream, run, o);
}

}  // namespace ungap::report
