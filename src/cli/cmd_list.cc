// `ungap list frameworks|obligations|companies|impacts|rules`: what a workspace holds; `ungap list
// topics|contexts|...`: the words of its vocabulary; `ungap list vocabulary`: all of them as
// Markdown.
#include <cstdio>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/run_setup.h"
#include "report/listing.h"

namespace ungap::cli {

namespace {

struct ListOptions {
  InputOptions inputs;
  std::string what;
};

int list(const ListOptions& o) {
  util::Diagnostics diags;
  auto loaded = load_inputs(o.inputs, diags);
  if (!loaded || print_diagnostics(diags, &*loaded)) return kCannotRun;
  std::string nothing = loaded->selection.nothing_under(loaded->ws, paths_shown(o.inputs));
  if (!nothing.empty()) return cannot_run(nothing);
  auto listing = report::list_workspace(loaded->ws, loaded->selection, o.what);
  if (!listing.problem.empty()) return cannot_run(listing.problem);
  std::fwrite(listing.text.data(), 1, listing.text.size(), stdout);
  return kOk;
}

}  // namespace

void add_list_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<ListOptions>();
  auto* cmd = app.add_subcommand(
      "list",
      "List the frameworks, obligations, companies, impacts, rules or the vocabulary's words");
  cmd->add_option("what", o->what,
                  "frameworks, obligations, companies, impacts, rules, topics, contexts, sectors, "
                  "customers, products, rights, rights-holders, or vocabulary (Markdown)")
      ->required()
      ->check(CLI::IsMember(report::listing_names()));
  add_input_options(*cmd, o->inputs);
  cmd->callback([o, &exit_code] { exit_code = list(*o); });
}

}  // namespace ungap::cli
