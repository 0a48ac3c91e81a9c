#include "cli/cli_model.h"

namespace ungap::cli {

namespace {

// CLI11 spells a fixed set in the type name, e.g. "TEXT:{table,md,csv}": the choices and the
// bare type.
void split_type(const std::string& type, OptionDoc& doc) {
  size_t open = type.find('{');
  size_t close = type.rfind('}');
  doc.value = type.substr(0, type.find(':'));
  if (open == std::string::npos || close == std::string::npos || close < open) return;
  std::string list = type.substr(open + 1, close - open - 1);
  for (size_t start = 0; start <= list.size();) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    if (comma > start) doc.choices.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
}

OptionDoc option_doc(const CLI::Option& opt) {
  OptionDoc doc;
  for (const auto& s : opt.get_snames()) doc.names.push_back("-" + s);
  for (const auto& l : opt.get_lnames()) doc.names.push_back("--" + l);
  if (!opt.nonpositional()) doc.positional = opt.get_name();
  if (opt.get_type_size_max() > 0) split_type(opt.get_type_name(), doc);
  doc.description = opt.get_description();
  return doc;
}

// A command's options, its option groups' included (CLI11 keeps those in nameless subcommands).
void collect_options(const CLI::App& app, std::vector<OptionDoc>& out) {
  for (const CLI::Option* opt : app.get_options()) out.push_back(option_doc(*opt));
  for (const CLI::App* group :
       app.get_subcommands([](const CLI::App* a) { return a->get_name().empty(); }))
    collect_options(*group, out);
}

}  // namespace

std::vector<CommandDoc> command_docs(const CLI::App& app) {
  std::vector<CommandDoc> out;
  for (const CLI::App* sub : app.get_subcommands(
           [](const CLI::App* a) { return !a->get_name().empty() && !a->get_group().empty(); })) {
    CommandDoc doc{sub->get_name(), sub->get_description(), {}};
    collect_options(*sub, doc.options);
    out.push_back(std::move(doc));
  }
  return out;
}

}  // namespace ungap::cli
