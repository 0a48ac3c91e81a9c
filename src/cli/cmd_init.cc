// `ungap init [DIR]`: writes a new workspace that lints, tests and checks clean, with editor
// settings, a pre-commit hook and a CI workflow; `--from PATH` takes the frameworks and rules
// of an existing workspace instead of the example ones, and none of its companies.
#include <cstdio>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/templates.h"
#include "cli/workspace_writer.h"
#include "load/json_schema.h"
#include "report/workspace_copy.h"

namespace ungap::cli {

namespace {

struct InitOptions {
  std::string dir = ".";
  std::string from;
};

void add_schemas(std::vector<report::NewFile>& plan) {
  for (const std::string& kind : load::schema_kinds())
    plan.push_back({"schemas/" + kind + ".schema.json", load::json_schema(kind)});
}

// Copies the frameworks and rules of the workspace at `from`; false (after printing why) when
// it does not load clean, since a broken copy would not lint either.
bool plan_copy(const std::string& from, std::vector<report::NewFile>& plan) {
  util::Diagnostics diags;
  InputOptions inputs;
  inputs.paths = {from};
  inputs.names = Names::kFromRoot;  // paths as the workspace has them, to copy them so
  auto loaded = load_inputs(inputs, diags);
  if (!loaded) return false;
  const model::Workspace& ws = loaded->ws;
  if (print_diagnostics(diags)) {
    std::fprintf(stderr, "ungap: error: %s does not load clean; fix it before copying it\n",
                 from.c_str());
    return false;
  }
  auto copy = report::copy_definitions(ws, from);
  if (!copy.problem.empty()) {
    std::fprintf(stderr, "ungap: error: %s\n", copy.problem.c_str());
    return false;
  }
  for (auto& f : copy.files) plan.push_back(std::move(f));
  return true;
}

int init(const InitOptions& o) {
  bool copy = !o.from.empty();
  std::vector<report::NewFile> plan = report::init_files(template_files(), copy);
  add_schemas(plan);
  if (copy && !plan_copy(o.from, plan)) return kCannotRun;
  if (!write_new_files(o.dir, plan)) return kCannotRun;
  // A copy has no company yet, and `check` refuses to check nothing: say what comes first.
  if (copy)
    std::printf(
        "next: cd %s && ungap new company ID, fill it in, then ungap lint --strict && "
        "ungap test --min-coverage 100 && ungap check\n",
        o.dir.c_str());
  else
    std::printf(
        "next: cd %s && ungap lint --strict && ungap test --min-coverage 100 && ungap check\n",
        o.dir.c_str());
  return kOk;
}

}  // namespace

void add_init_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<InitOptions>();
  auto* cmd = app.add_subcommand(
      "init", "Create a new workspace: example files, schemas, editor, pre-commit and CI setup");
  cmd->add_option("dir", o->dir, "Folder to create it in (default: .)");
  cmd->add_option("--from", o->from,
                  "Copy the frameworks and rules (not the companies) of this workspace");
  cmd->callback([o, &exit_code] { exit_code = init(*o); });
}

}  // namespace ungap::cli
