#include "cli/app.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>

#include "cli/build_info.h"
#include "cli/commands.h"
#include "cli/run_setup.h"
#include "engine/match_plan.h"
#include "util/file_io.h"
#include "util/thread.h"
#include "util/version.h"

namespace ungap::cli {

namespace {

using AddCommand = void (*)(CLI::App&, int&);

// The commands, in the order `ungap --help` lists them.
// clang-format off
constexpr AddCommand kCommands[] = {
    add_check_command, add_explain_command,   add_diff_command,   add_test_command,
    add_lint_command,  add_list_command,      add_schema_command, add_init_command,
    add_new_command,   add_generate_commands,
};
// clang-format on

// Standard output is buffered: a full disk or a closed pipe may show only when it is flushed,
// so the exit status waits for that. A report cut short must never exit 0.
int checked_exit(int code) {
  bool flushed = std::fflush(stdout) == 0;
  int saved = errno;
  if (flushed && !std::ferror(stdout)) return code;
  std::fprintf(stderr, "ungap: error: cannot write standard output: %s\n",
               flushed ? "a write failed" : std::strerror(saved));
  return kCannotRun;
}

int parse_and_run(CLI::App& app, int argc, char** argv, int& exit_code) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kCannotRun;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "ungap: internal error: %s\n", e.what());
    return kInternal;
  }
  return exit_code;
}

int run_here(int argc, char** argv) {
  CLI::App app{
      "ungap: checks what companies say and do against business-and-human-rights "
      "frameworks, and reports the gaps."};
  app.set_version_flag("--version", fmt::format("ungap {} (commit {})", util::kVersion, kCommit));
  app.require_subcommand(1);
  // A misspelt switch must not leave a run on the path its user meant to turn off.
  if (!engine::match_engine_from_environment())
    return cannot_run("UNGAP_ENGINE must be 'cel' (every match by the CEL evaluator) or unset");
  int exit_code = kOk;
  for (AddCommand add : kCommands) add(app, exit_code);
  util::clean_up_on_signals();
  return checked_exit(parse_and_run(app, argc, argv, exit_code));
}

}  // namespace

int run(int argc, char** argv) {
  // The command runs on a thread of ungap's own, whose stack has a known size whatever
  // `ulimit -s` says: the expression depth cap relies on it (util/thread.h).
  int code = kInternal;
  util::run_on_thread([&] { code = run_here(argc, argv); });
  return code;
}

}  // namespace ungap::cli
