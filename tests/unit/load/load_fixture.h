#pragma once
// Writes YAML files into a fresh temporary folder, loads them as a workspace and returns the
// diagnostics as the one-line headers users see (`file:line:col: error: message [code]`).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "load/workspace_loader.h"
#include "util/diagnostic.h"

namespace ungap::test {

class LoadFixture {
 public:
  LoadFixture() {
    static int counter = 0;
    m_dir = std::filesystem::temp_directory_path() /
            ("ungap-load-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(m_dir);
    std::filesystem::create_directories(m_dir);
  }
  ~LoadFixture() { std::filesystem::remove_all(m_dir); }

  void write(const std::string& name, const std::string& content) {
    auto path = m_dir / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
  }

  // Loads the folder; each diagnostic as its header line, sorted as printed.
  std::vector<std::string> lint(load::Limits limits = {}) {
    load::LoadOptions options;
    options.limits = limits;
    options.root = m_dir;
    util::Diagnostics diags;
    workspace = load::load_workspace({m_dir}, options, diags);
    std::vector<std::string> out;
    for (const auto& d : diags.sorted()) {
      std::string text = util::render_text(d);
      out.push_back(text.substr(0, text.find('\n')));
    }
    return out;
  }

  // Writes one file and lints the folder.
  std::vector<std::string> lint_one(const std::string& name, const std::string& content,
                                    load::Limits limits = {}) {
    write(name, content);
    return lint(limits);
  }

  model::Workspace workspace;

 private:
  std::filesystem::path m_dir;
};

using Lines = std::vector<std::string>;

}  // namespace ungap::test
