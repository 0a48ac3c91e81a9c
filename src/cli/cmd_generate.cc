// Hidden `ungap man` and `ungap completion bash|zsh|fish`: print the man page and the
// completion scripts, generated from the commands' own definitions (the build installs them).
#include <cstdio>

#include "cli/app.h"
#include "cli/cli_model.h"
#include "cli/commands.h"

namespace ungap::cli {

namespace {

void print(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
}

}  // namespace

void add_generate_commands(CLI::App& app, int& exit_code) {
  auto* man = app.add_subcommand("man", "Print the man page (roff)");
  man->group("");
  man->callback([&app, &exit_code] {
    print(man_page(app, command_docs(app)));
    exit_code = kOk;
  });
  auto shell = std::make_shared<std::string>();
  auto* comp = app.add_subcommand("completion", "Print a shell completion script");
  comp->group("");
  comp->add_option("shell", *shell, "bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  comp->callback([&app, shell, &exit_code] {
    auto docs = command_docs(app);
    print(*shell == "bash"  ? bash_completion(docs)
          : *shell == "zsh" ? zsh_completion(docs)
                            : fish_completion(docs));
    exit_code = kOk;
  });
}

}  // namespace ungap::cli
