#include "report/workspace_copy.h"

#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace ungap::report {

namespace {

// The files that hold the vocabulary, frameworks, mappings, rules and rule tests of a loaded
// workspace: everything but its companies.
std::set<const util::SourceFile*> framework_and_rule_files(const model::Workspace& ws) {
  std::set<const util::SourceFile*> files{ws.vocabulary.loc.file};
  for (const auto& field : ws.vocabulary.terms)
    for (const auto& term : field) files.insert(term.loc.file);
  for (const auto& f : ws.frameworks) files.insert(f.loc.file);
  for (const auto& m : ws.mappings) files.insert(m.loc.file);
  for (const auto& r : ws.rules) files.insert(r.loc.file);
  for (const auto& t : ws.tests) files.insert(t.loc.file);
  files.erase(nullptr);
  return files;
}

std::string config(const std::set<std::string>& folders, const std::string& from) {
  std::string paths;
  for (const std::string& f : folders) paths += f + ", ";
  // `DIR/` names the folder as `DIR` does: its canonical form ends in an empty file name.
  fs::path named = fs::weakly_canonical(from);
  if (!named.has_filename()) named = named.parent_path();
  return "# The workspace: `ungap lint`, `ungap test` and `ungap check` run here load these "
         "folders.\ndescription: Frameworks and rules copied from " +
         named.filename().string() + "; no companies yet.\npaths: [" + paths + "statements]\n";
}

}  // namespace

WorkspaceCopy copy_definitions(const model::Workspace& ws, const std::string& from) {
  WorkspaceCopy out;
  std::set<std::string> folders;
  for (const util::SourceFile* file : framework_and_rule_files(ws)) {
    fs::path rel = fs::path(file->path()).lexically_normal();
    if (rel.is_absolute() || *rel.begin() == "..")
      return {{}, file->path() + " is outside " + from + "; copy it by hand"};
    folders.insert(rel.begin()->string());
    out.files.push_back({rel.generic_string(), file->content()});
  }
  out.files.push_back({"ungap.yaml", config(folders, from)});
  return out;
}

}  // namespace ungap::report
