#pragma once
// The files `ungap init` and `ungap new` write, chosen and filled from the templates the
// executable carries: which of them a new workspace gets, and a company's or a rule's skeleton.
#include <string>
#include <string_view>
#include <vector>

namespace ungap::report {

// A file to write into a new workspace.
struct NewFile {
  std::string path;  // relative to the folder written into, with '/'
  std::string content;
};

// One template as the executable carries it.
struct Template {
  std::string_view path;  // e.g. "workspace/ungap.yaml", "from/...", "new/company.yaml"
  std::string_view content;
};

// `ungap init`: every `workspace/` template; with `--from` (`copy`), none of the example
// vocabulary, frameworks, companies, rules or `ungap.yaml`, which the copy replaces, and the
// `from/` templates instead.
std::vector<NewFile> init_files(const std::vector<Template>& templates, bool copy);

struct NewPlan {
  std::vector<NewFile> files;
  std::string error;  // the id is not one (files is empty then)
};

// `ungap new company ID` (`what` "company") or `ungap new rule FW/OBLIGATION` ("rule"): the
// skeleton with its {{...}} variables filled, at the path the workspace's layout gives it.
NewPlan new_files(std::string_view what, std::string_view id,
                  const std::vector<Template>& templates);

}  // namespace ungap::report
