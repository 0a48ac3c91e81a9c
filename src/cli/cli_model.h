#pragma once
// The commands and options as the CLI11 app defines them, read back from the app so the man
// page and the shell completions are generated from the definitions and cannot drift.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace ungap::cli {

struct OptionDoc {
  std::vector<std::string> names;    // "-o", "--output"; empty for a positional
  std::string positional;            // the positional's name
  std::string value;                 // "TEXT", "INT" ...; empty for a flag
  std::vector<std::string> choices;  // the accepted values, when the option takes a fixed set
  std::string description;
};

struct CommandDoc {
  std::string name;
  std::string description;
  std::vector<OptionDoc> options;
};

// Every visible subcommand of `app`, in the order `ungap --help` lists them.
std::vector<CommandDoc> command_docs(const CLI::App& app);

// The generated texts: a man page (roff) and bash, zsh and fish completion scripts.
std::string man_page(const CLI::App& app, const std::vector<CommandDoc>& commands);
std::string bash_completion(const std::vector<CommandDoc>& commands);
std::string zsh_completion(const std::vector<CommandDoc>& commands);
std::string fish_completion(const std::vector<CommandDoc>& commands);

}  // namespace ungap::cli
