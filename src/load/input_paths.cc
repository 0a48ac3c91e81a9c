#include "load/input_paths.h"

#include <fstream>
#include <memory>
#include <string>

namespace fs = std::filesystem;

namespace ungap::load {

namespace {

// Whether a file is JSON that ungap wrote: `{` first, then `"schema_version"` within its
// first few kilobytes (every JSON document ungap writes begins with that key).
bool written_by_ungap(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  auto first = head.find_first_not_of(" \t\r\n");
  return first != std::string::npos && head[first] == '{' &&
         head.find("\"schema_version\"") != std::string::npos;
}

}  // namespace

bool reports_given(const std::vector<fs::path>& paths, model::Workspace& ws,
                   util::Diagnostics& diags) {
  bool any = false;
  for (const auto& p : paths) {
    if (!written_by_ungap(p)) continue;
    ws.files.push_back(std::make_shared<util::SourceFile>(p.generic_string(), ""));
    diags.error({ws.files.back().get(), 0, 0},
                "this is a JSON report written by ungap, not a workspace file: compare two "
                "reports with `ungap diff OLD.json NEW.json`, or give it to `ungap check "
                "--baseline`",
                "report-as-input");
    diags.retain(ws.files.back());
    any = true;
  }
  return any;
}

std::vector<fs::path> confinement_roots(const std::vector<fs::path>& paths, const fs::path& root) {
  std::vector<fs::path> roots{root};
  for (const auto& p : paths) {
    std::error_code ec;
    bool folder = fs::is_directory(p, ec) && !fs::is_symlink(p, ec);
    roots.push_back(folder ? p : p.parent_path());
    if (roots.back().empty()) roots.back() = ".";
  }
  return roots;
}

}  // namespace ungap::load
