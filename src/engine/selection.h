#pragma once
// What a run works on. The paths given may name part of a workspace (`ungap lint rules/oecd`):
// the whole workspace is loaded so references resolve, and commands report only the files
// under those paths. Frameworks, companies and obligations named by id must exist; an unknown
// id is a problem with a "did you mean".
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "model/workspace.h"
#include "util/diagnostic.h"

namespace ungap::engine {

class Selection {
 public:
  Selection() = default;  // everything
  // Part of `ws`: the inputs `asked` says the paths named (there may be none).
  Selection(const model::Workspace& ws, const std::function<bool(const model::InputFile&)>& asked);

  bool all() const { return m_all; }
  // Whether the paths asked for part of the workspace and it holds no input file.
  bool none() const { return !m_all && m_selected.empty(); }
  // Whether a file was asked for; a file that is no input (a missing path) always is.
  bool has(const util::SourceFile* file) const;
  bool has(const util::Location& loc) const { return has(loc.file); }
  // The diagnostics in files asked for.
  std::vector<util::Diagnostic> filter(std::vector<util::Diagnostic> ds) const;
  // Why there is nothing to work on under `paths` (as typed, for the message): no workspace
  // file at all, or none in the part asked for; "" when there is.
  std::string nothing_under(const model::Workspace& ws, const std::string& paths) const;

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

// Indices of the frameworks named (all when none). Each unknown id adds "unknown framework
// 'ID'" with a "did you mean" to `problems`.
std::vector<int> named_frameworks(const model::Workspace& ws, const std::vector<std::string>& ids,
                                  std::vector<std::string>& problems);
// Adds "unknown company 'ID'" with a "did you mean" to `problems` for each id of no company.
void check_company_ids(const model::Workspace& ws, const std::vector<std::string>& ids,
                       std::vector<std::string>& problems);
// The obligation a full id ("framework/local-id") names; an invalid reference after adding
// "unknown obligation 'ID'" with a "did you mean" to `problems`.
model::ObligationRef named_obligation(const model::Workspace& ws, const std::string& full_id,
                                      std::vector<std::string>& problems);

}  // namespace ungap::engine
