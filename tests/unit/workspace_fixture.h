#pragma once
// The one workspace fixture of the unit tests: YAML texts by file name, loaded in memory
// (load::load_in_memory) with the same parsing, checks and resolution as from disk, then
// compiled for evaluation. What only a folder has (a source snapshot beside its statements, the
// workspace's ungap.yaml) makes the fixture write its files to a temporary folder and load that.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/compiled_workspace.h"
#include "engine/evaluate.h"
#include "load/workspace_config.h"
#include "load/workspace_loader.h"
#include "util/diagnostic.h"

namespace ungap::test {

using Lines = std::vector<std::string>;

// A framework `id` with one obligation, a.
inline std::string framework_a(const std::string& id) {
  return "framework: {id: " + id + ", title: T}\nobligations:\n  - {id: a, title: A}\n";
}

// Company `id` with one source, s, and `claims` claims k0, k1, ... on topic x.
inline std::string company(const std::string& id, int claims) {
  std::string out = "company: {id: " + id + ", name: N}\nsources:\n" +
                    "  - {id: s, title: S, publisher: P, date: 2025-01-01, url: "
                    "\"https://example.org/s\"}\n";
  if (claims > 0) out += "claims:\n";
  for (int i = 0; i < claims; ++i)
    out +=
        "  - {id: k" + std::to_string(i) + ", source: s, kind: process, topics: [x], summary: X}\n";
  return out;
}

// A framework several tests load: `fw`, with two obligations, a and b.
inline const char* const kFrameworkAB = R"(framework: {id: fw, title: T}
obligations:
  - {id: a, title: A}
  - {id: b, title: B}
)";

class Workspace {
 public:
  Workspace() = default;
  // Loads and compiles the files at once, as the engine and report tests need.
  explicit Workspace(load::MemoryFiles files) : m_files(std::move(files)) { compile(); }
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;
  ~Workspace() {
    if (!m_dir.empty()) std::filesystem::remove_all(m_dir);
  }

  // Loads from a temporary folder even when memory would do: for tests of reading files (their
  // size limits, a snapshot that is missing).
  void on_disk() { m_on_disk = true; }

  // Adds a file, or replaces it; takes effect at the next lint().
  void write(const std::string& name, const std::string& content) { m_files[name] = content; }

  // Loads the files; each diagnostic as its header line (`file:line:col: error: message
  // [code]`), sorted as printed.
  Lines lint(load::Limits limits = {}) {
    load(limits);
    Lines out;
    for (const auto& d : m_diags->sorted()) {
      std::string text = util::render_text(d);
      out.push_back(text.substr(0, text.find('\n')));
    }
    return out;
  }
  // Writes one file and lints.
  Lines lint_one(const std::string& name, const std::string& content, load::Limits limits = {}) {
    write(name, content);
    return lint(limits);
  }

  const model::Workspace& ws() const { return m_ws; }
  const engine::CompiledWorkspace& cw() const { return *m_cw; }
  util::Diagnostics& diags() { return *m_diags; }

  // One company at one date; its index in the workspace is set, as engine::evaluate sets it.
  model::CompanyResult evaluate(const std::string& company, const std::string& as_of) {
    const model::Company* c = m_ws.company(company);
    if (!c) throw std::runtime_error("no company " + company);
    auto r = engine::evaluate_company(*m_cw, *c, *util::parse_date(as_of), *m_diags);
    r.company = static_cast<int>(c - m_ws.companies.data());
    return r;
  }
  const model::Finding& finding(const model::CompanyResult& r, const std::string& full_id) {
    auto ref = m_ws.find_obligation(full_id);
    for (const auto& f : r.findings)
      if (f.framework == ref.framework && f.obligation == ref.obligation) return f;
    throw std::runtime_error("no finding for " + full_id);
  }

 private:
  bool needs_disk() const {
    if (m_on_disk) return true;
    for (const auto& [name, text] : m_files) {
      auto path = std::filesystem::path(name);
      if (path.extension() != ".yaml" && path.extension() != ".yml") return true;
      if (path.filename() == load::kConfigFileName) return true;
    }
    return false;
  }

  void load(const load::Limits& limits) {
    load::LoadOptions options;
    options.limits = limits;
    m_diags = std::make_unique<util::Diagnostics>();
    if (!needs_disk()) {
      m_ws = load::load_in_memory(m_files, options, *m_diags);
      return;
    }
    write_folder();
    options.root = m_dir;
    m_ws = load::load_workspace({m_dir}, options, *m_diags);
  }

  void write_folder() {
    static int counter = 0;
    if (m_dir.empty())
      m_dir = std::filesystem::temp_directory_path() /
              ("ungap-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(m_dir);
    for (const auto& [name, text] : m_files) {
      auto path = m_dir / name;
      std::filesystem::create_directories(path.parent_path());
      std::ofstream(path, std::ios::binary) << text;
    }
  }

  void compile() {
    load({});
    m_cw = std::make_unique<engine::CompiledWorkspace>(m_ws, *m_diags);
  }

  load::MemoryFiles m_files;
  bool m_on_disk = false;
  std::filesystem::path m_dir;
  std::unique_ptr<util::Diagnostics> m_diags = std::make_unique<util::Diagnostics>();
  model::Workspace m_ws;
  std::unique_ptr<engine::CompiledWorkspace> m_cw;
};

}  // namespace ungap::test
