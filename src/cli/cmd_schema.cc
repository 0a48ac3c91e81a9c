// `ungap schema KIND`: prints the JSON Schema of a file kind, for editors.
#include <cstdio>

#include "cli/app.h"
#include "cli/commands.h"
#include "load/json_schema.h"

namespace ungap::cli {

void add_schema_command(CLI::App& app, int& exit_code) {
  auto kind = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("schema", "Print the JSON Schema (draft 2020-12) of a file kind");
  cmd->add_option("kind", *kind, "framework, mapping, statements, rules or tests")
      ->required()
      ->check(CLI::IsMember(load::schema_kinds()));
  cmd->callback([kind, &exit_code] {
    std::string out = load::json_schema(*kind);
    std::fwrite(out.data(), 1, out.size(), stdout);
    exit_code = kOk;
  });
}

}  // namespace ungap::cli
