#pragma once
// What the paths given asked for, when they name part of a workspace (`ungap lint rules/oecd`):
// the whole workspace is loaded so references resolve, and commands report only the files
// under those paths.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "model/workspace.h"
#include "util/diagnostic.h"

namespace ungap::cli {

class Selection {
 public:
  Selection() = default;  // everything
  Selection(const model::Workspace& ws, const std::vector<std::filesystem::path>& selected);

  bool all() const { return m_all; }
  // Whether the paths asked for part of the workspace and it holds no input file.
  bool none() const { return !m_all && m_selected.empty(); }
  // Whether a file was asked for; a file that is no input (a missing path) always is.
  bool has(const util::SourceFile* file) const;
  bool has(const util::Location& loc) const { return has(loc.file); }
  // The diagnostics in files asked for.
  std::vector<util::Diagnostic> filter(std::vector<util::Diagnostic> ds) const;

  // Ids of the companies whose statements were asked for (none: the paths hold none).
  std::vector<std::string> companies(const model::Workspace& ws) const;
  // Ids of the frameworks asked for: those whose files were given, else those the rules given
  // check; none when the paths hold neither.
  std::vector<std::string> frameworks(const model::Workspace& ws) const;

 private:
  bool m_all = true;
  std::set<std::string> m_inputs;    // display paths of every input
  std::set<std::string> m_selected;  // and of those asked for
};

}  // namespace ungap::cli
