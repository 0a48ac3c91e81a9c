#pragma once
// The command line: CLI11 subcommands, one file each. run() returns the process exit code.
namespace ungap::cli {

// Exit codes, the same for every command (docs/commands.md).
enum ExitCode { kOk = 0, kFindings = 1, kCannotRun = 2, kInternal = 3 };

int run(int argc, char** argv);

}  // namespace ungap::cli
