// `ungap new company ID` and `ungap new rule OBLIGATION`: write a skeleton with every key,
// commented, to fill in; it lints clean once its <...> placeholders are filled.
#include <cstdio>
#include <utility>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/workspace_writer.h"

namespace ungap::cli {

namespace {

using Vars = std::vector<std::pair<std::string, std::string>>;

struct NewOptions {
  std::string what;
  std::string id;
  std::string dir = ".";
};

// Identifiers as the loader reads them: [a-z0-9][a-z0-9._-]*.
bool valid_id(std::string_view id) {
  auto ok = [](char c, bool first) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    return alnum || (!first && (c == '.' || c == '_' || c == '-'));
  };
  if (id.empty() || !ok(id[0], true)) return false;
  for (char c : id.substr(1))
    if (!ok(c, false)) return false;
  return true;
}

std::string fill(std::string_view text, const Vars& vars) {
  std::string out(text);
  for (const auto& [key, value] : vars) {
    std::string token = "{{" + key + "}}";
    for (size_t at = out.find(token); at != std::string::npos; at = out.find(token, at))
      out.replace(at, token.size(), value), at += value.size();
  }
  return out;
}

std::string_view template_text(std::string_view name) {
  for (const TemplateFile& t : template_files())
    if (t.path == name) return t.content;
  return {};
}

// The files to write for `what`, or an empty plan (after saying why) when the id is wrong.
std::vector<PlannedFile> plan(const NewOptions& o) {
  if (o.what == "company") {
    if (!valid_id(o.id)) {
      std::fprintf(stderr, "ungap: error: '%s' is not a company id ([a-z0-9][a-z0-9._-]*)\n",
                   o.id.c_str());
      return {};
    }
    return {{"statements/" + o.id + "/statements.yaml",
             fill(template_text("new/company.yaml"), {{"company", o.id}})}};
  }
  size_t slash = o.id.find('/');
  std::string fw = o.id.substr(0, slash);
  std::string local = slash == std::string::npos ? "" : o.id.substr(slash + 1);
  if (!valid_id(fw) || !valid_id(local)) {
    std::fprintf(stderr,
                 "ungap: error: '%s' is not an obligation id: FRAMEWORK/OBLIGATION, e.g. "
                 "ungp/15.a\n",
                 o.id.c_str());
    return {};
  }
  std::string rule_file = "rules/" + fw + "/" + local + ".yaml";
  std::string test_file = "rules/" + fw + "/" + local + ".test.yaml";
  std::string rule_id = fw + "-" + local;
  for (char& c : rule_id)
    if (c == '.') c = '-';
  Vars vars{
      {"obligation", o.id}, {"rule", rule_id}, {"rule_file", rule_file}, {"test_file", test_file}};
  return {{rule_file, fill(template_text("new/rule.yaml"), vars)},
          {test_file, fill(template_text("new/rule.test.yaml"), vars)}};
}

int run_new(const NewOptions& o) {
  std::vector<PlannedFile> files = plan(o);
  if (files.empty() || !write_new_files(o.dir, files)) return kCannotRun;
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
