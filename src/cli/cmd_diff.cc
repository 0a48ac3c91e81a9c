// `ungap diff OLD.json NEW.json`: which verdicts changed between two JSON reports, grouped, and
// why (report/diff.h).
#include <cstdio>
#include <map>

#include "cli/app.h"
#include "cli/commands.h"
#include "report/diff.h"

namespace ungap::cli {

namespace {

struct DiffOptions {
  std::string old_path, new_path;
  std::string format = "text";
  bool fail_on_change = false;
};

using DiffRender = std::string (*)(const report::ReportDiff&);
const std::map<std::string, DiffRender> kDiffRenderers{
    {"text", report::diff_text}, {"md", report::diff_markdown}, {"json", report::diff_json}};

std::optional<report::ReportRecord> load(const std::string& path) {
  std::string error;
  auto r = report::load_report(path, error);
  if (!r) std::fprintf(stderr, "ungap: %s: %s\n", path.c_str(), error.c_str());
  return r;
}

int diff(const DiffOptions& o) {
  auto before = load(o.old_path);
  auto after = load(o.new_path);
  if (!before || !after) return kCannotRun;
  auto d = report::diff_reports(*before, *after);
  std::string out = kDiffRenderers.at(o.format)(d);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return o.fail_on_change && d.changed() ? kFindings : kOk;
}

}  // namespace

void add_diff_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<DiffOptions>();
  auto* cmd = app.add_subcommand(
      "diff",
      "Compare two JSON reports: which verdicts got worse or better or have new evidence, "
      "and the claims, deadlines, rules or obligations that caused it");
  cmd->add_option("OLD", o->old_path, "The earlier JSON report")->required();
  cmd->add_option("NEW", o->new_path, "The later JSON report")->required();
  cmd->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "md", "json"}))
      ->capture_default_str();
  cmd->add_flag("--fail-on-change", o->fail_on_change,
                "Exit 1 when any verdict changed or a company was added or removed");
  cmd->callback([o, &exit_code] { exit_code = diff(*o); });
}

}  // namespace ungap::cli
