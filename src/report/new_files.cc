#include "report/new_files.h"

#include <utility>

namespace ungap::report {

namespace {

using Vars = std::vector<std::pair<std::string, std::string>>;

// The example files, which `init --from` replaces by the copied workspace's.
bool is_example(std::string_view path) {
  for (std::string_view folder : {"frameworks/", "statements/", "rules/"})
    if (path.starts_with(folder)) return true;
  return path == "vocabulary.yaml" || path == "ungap.yaml";
}

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

std::string_view text_of(const std::vector<Template>& templates, std::string_view path) {
  for (const Template& t : templates)
    if (t.path == path) return t.content;
  return {};
}

NewPlan new_company(std::string_view id, const std::vector<Template>& templates) {
  if (!valid_id(id))
    return {{}, "'" + std::string(id) + "' is not a company id ([a-z0-9][a-z0-9._-]*)"};
  return {{{"statements/" + std::string(id) + "/statements.yaml",
            fill(text_of(templates, "new/company.yaml"), {{"company", std::string(id)}})}},
          {}};
}

NewPlan new_rule(std::string_view id, const std::vector<Template>& templates) {
  size_t slash = id.find('/');
  std::string fw(id.substr(0, slash));
  std::string local = slash == std::string_view::npos ? "" : std::string(id.substr(slash + 1));
  if (!valid_id(fw) || !valid_id(local))
    return {
        {},
        "'" + std::string(id) + "' is not an obligation id: FRAMEWORK/OBLIGATION, e.g. ungp/15.a"};
  std::string rule_file = "rules/" + fw + "/" + local + ".yaml";
  std::string test_file = "rules/" + fw + "/" + local + ".test.yaml";
  std::string rule_id = fw + "-" + local;
  for (char& c : rule_id)
    if (c == '.') c = '-';
  Vars vars{{"obligation", std::string(id)},
            {"rule", rule_id},
            {"rule_file", rule_file},
            {"test_file", test_file}};
  return {{{rule_file, fill(text_of(templates, "new/rule.yaml"), vars)},
           {test_file, fill(text_of(templates, "new/rule.test.yaml"), vars)}},
          {}};
}

}  // namespace

std::vector<NewFile> init_files(const std::vector<Template>& templates, bool copy) {
  std::vector<NewFile> out;
  for (const Template& t : templates) {
    std::string_view path = t.path;
    if (path.starts_with("workspace/")) {
      std::string_view rel = path.substr(10);
      if (!(copy && is_example(rel))) out.push_back({std::string(rel), std::string(t.content)});
    } else if (copy && path.starts_with("from/")) {
      out.push_back({std::string(path.substr(5)), std::string(t.content)});
    }
  }
  return out;
}

NewPlan new_files(std::string_view what, std::string_view id,
                  const std::vector<Template>& templates) {
  return what == "company" ? new_company(id, templates) : new_rule(id, templates);
}

}  // namespace ungap::report
