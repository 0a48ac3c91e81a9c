// `ungap new company ID` and `ungap new rule OBLIGATION`: write a skeleton with every key,
// commented, to fill in; it lints clean once its <...> placeholders are filled.
#include <cstdio>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/templates.h"
#include "cli/workspace_writer.h"

namespace ungap::cli {

namespace {

struct NewOptions {
  std::string what;
  std::string id;
  std::string dir = ".";
};

int run_new(const NewOptions& o) {
  report::NewPlan plan = report::new_files(o.what, o.id, template_files());
  if (!plan.error.empty()) {
    std::fprintf(stderr, "ungap: error: %s\n", plan.error.c_str());
    return kCannotRun;
  }
  const auto& files = plan.files;
  if (!write_new_files(o.dir, files)) return kCannotRun;
  std::printf("next: replace every <...> in %s, then run ungap lint --strict\n",
              files.size() == 1 ? "it" : "them");
  return kOk;
}

}  // namespace

void add_new_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<NewOptions>();
  auto* cmd = app.add_subcommand(
      "new", "Write a commented skeleton: a company's statements, or a rule and its tests");
  cmd->add_option("what", o->what, "company or rule")
      ->required()
      ->check(CLI::IsMember({"company", "rule"}));
  cmd->add_option("id", o->id, "The company id, or the obligation the rule checks (FW/OBLIGATION)")
      ->required();
  cmd->add_option("--dir", o->dir, "The workspace folder (default: .)");
  cmd->callback([o, &exit_code] { exit_code = run_new(*o); });
}

}  // namespace ungap::cli
