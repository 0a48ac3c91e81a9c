#pragma once
// `ungap list WHAT`: what a workspace holds (its frameworks, obligations, companies, impacts and
// rules, of the part the paths asked for) and the words of its vocabulary, as aligned columns
// under a header; `list vocabulary` is the whole vocabulary as Markdown. cli/cmd_list.cc prints
// what this returns.
#include <string>
#include <vector>

#include "engine/selection.h"
#include "model/workspace.h"

namespace ungap::report {

// Every WHAT, in the order `list --help` names them: frameworks, obligations, companies,
// impacts, rules, vocabulary, then the vocabulary's fields (topics, contexts, ...).
std::vector<std::string> listing_names();

struct Listing {
  std::string text;     // what to print
  std::string problem;  // why it cannot be listed (the vocabulary lacks it); text is "" then
};
// The listing of `what` (a name from listing_names()) over the part of `ws` in `selection`.
Listing list_workspace(const model::Workspace& ws, const engine::Selection& selection,
                       const std::string& what);

}  // namespace ungap::report
