#pragma once
// Each command adds itself to the app and sets `exit_code` when it runs.
#include <CLI/CLI.hpp>

namespace ungap::cli {

void add_check_command(CLI::App& app, int& exit_code);
void add_lint_command(CLI::App& app, int& exit_code);
void add_explain_command(CLI::App& app, int& exit_code);
void add_diff_command(CLI::App& app, int& exit_code);
void add_test_command(CLI::App& app, int& exit_code);
void add_list_command(CLI::App& app, int& exit_code);
void add_schema_command(CLI::App& app, int& exit_code);
void add_init_command(CLI::App& app, int& exit_code);
void add_new_command(CLI::App& app, int& exit_code);
// Hidden: `ungap man` and `ungap completion SHELL` (cmd_generate.cc).
void add_generate_commands(CLI::App& app, int& exit_code);

}  // namespace ungap::cli
