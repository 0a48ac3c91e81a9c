#pragma once
// A small workspace written to a temporary folder and loaded, for engine tests.
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "engine/compiled_workspace.h"
#include "engine/evaluate.h"
#include "load/workspace_loader.h"

namespace ungap::test {

class Workspace {
 public:
  explicit Workspace(const std::map<std::string, std::string>& files) {
    m_dir = std::filesystem::temp_directory_path() /
            ("ungap-engine-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::remove_all(m_dir);
    for (const auto& [name, text] : files) {
      auto path = m_dir / name;
      std::filesystem::create_directories(path.parent_path());
      std::ofstream(path) << text;
    }
    load::LoadOptions options;
    options.root = m_dir;
    m_ws = load::load_workspace({m_dir}, options, m_diags);
    m_cw = std::make_unique<engine::CompiledWorkspace>(m_ws, m_diags);
  }
  ~Workspace() { std::filesystem::remove_all(m_dir); }

  const model::Workspace& ws() const { return m_ws; }
  const engine::CompiledWorkspace& cw() const { return *m_cw; }
  util::Diagnostics& diags() { return m_diags; }

  model::CompanyResult evaluate(const std::string& company, const std::string& as_of) {
    return engine::evaluate_company(*m_cw, *m_ws.company(company), *util::parse_date(as_of),
                                    m_diags);
  }
  const model::Finding& finding(const model::CompanyResult& r, const std::string& full_id) {
    auto ref = m_ws.find_obligation(full_id);
    for (const auto& f : r.findings)
      if (f.framework == ref.framework && f.obligation == ref.obligation) return f;
    throw std::runtime_error("no finding for " + full_id);
  }

 private:
  std::filesystem::path m_dir;
  util::Diagnostics m_diags;
  model::Workspace m_ws;
  std::unique_ptr<engine::CompiledWorkspace> m_cw;
};

}  // namespace ungap::test
