#include "load/workspace_loader.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "load/file_kinds.h"
#include "load/resolve.h"
#include "load/workspace_config.h"
#include "util/file_io.h"
#include "util/sha256.h"
#include "util/utf8.h"

namespace fs = std::filesystem;

namespace ungap::load {

fs::path workspace_root(const std::vector<fs::path>& paths) {
  std::error_code ec;
  if (paths.size() == 1 && fs::is_directory(paths[0], ec)) return paths[0];
  return ".";
}

namespace {

const util::SourceFile* add_file(model::Workspace& ws, const fs::path& path, std::string content,
                                 const LoadOptions& options) {
  std::string shown = util::display_path(path, options.root);
  ws.inputs.push_back({shown, util::sha256_hex(content), content.size()});
  ws.files.push_back(std::make_shared<util::SourceFile>(shown, std::move(content)));
  return ws.files.back().get();
}

// Reads one input and checks what must hold before parsing: size and UTF-8.
const util::SourceFile* read_input(model::Workspace& ws, const fs::path& path,
                                   const LoadOptions& options, std::uint64_t& total,
                                   util::Diagnostics& diags) {
  auto r = util::read_file(path, options.limits.max_file_bytes);
  util::SourceFile placeholder(util::display_path(path, options.root), "");
  if (!r.content) {
    ws.files.push_back(std::make_shared<util::SourceFile>(placeholder));
    diags.error({ws.files.back().get(), 0, 0}, "cannot read file: " + r.error,
                r.too_large ? "file-too-large" : "read-error");
    return nullptr;
  }
  total += r.content->size();
  if (total > options.limits.max_total_bytes) {
    ws.files.push_back(std::make_shared<util::SourceFile>(placeholder));
    diags.error({ws.files.back().get(), 0, 0},
                fmt::format("the inputs exceed the total limit of {} bytes",
                            options.limits.max_total_bytes),
                "input-too-large");
    return nullptr;
  }
  const util::SourceFile* file = add_file(ws, path, std::move(*r.content), options);
  if (auto bad = util::find_invalid_utf8(file->content())) {
    auto [line, col] = file->position(*bad);
    diags.error({file, line, col},
                fmt::format("invalid UTF-8 (byte 0x{:02x} at offset {})",
                            static_cast<unsigned char>(file->content()[*bad]), *bad),
                "invalid-utf8");
    return nullptr;
  }
  return file;
}

void load_one(model::Workspace& ws, const fs::path& path, const LoadOptions& options,
              std::uint64_t& total, util::Diagnostics& diags,
              std::map<const util::SourceFile*, fs::path>& real_paths) {
  const util::SourceFile* file = read_input(ws, path, options, total, diags);
  if (!file) return;
  real_paths[file] = path;
  if (file->content().find_first_not_of(" \t\r\n") == std::string::npos) {
    diags.error({file, 1, 1}, "the file is empty", "empty-file");
    return;
  }
  YamlTree tree(*file, options.limits, diags);
  if (!tree.root()) return;
  Reader reader(*file, diags);
  if (const FileKindInfo* kind = detect_kind(reader, *tree.root()))
    kind->load(reader, *tree.root(), ws);
}

}  // namespace

model::Workspace load_workspace(const std::vector<fs::path>& paths, const LoadOptions& options,
                                util::Diagnostics& diags) {
  model::Workspace ws;
  std::vector<fs::path> roots = expand_paths(paths, diags, ws, options);
  std::vector<std::string> missing;
  auto files = util::find_files(roots, {".yaml", ".yml"}, missing);
  for (const auto& m : missing) {
    ws.files.push_back(std::make_shared<util::SourceFile>(m, ""));
    diags.error({ws.files.back().get(), 0, 0}, "no such file or directory", "missing-path");
  }
  std::map<const util::SourceFile*, fs::path> real_paths;
  std::uint64_t total = 0;
  for (const auto& f : files) {
    if (f.filename() == kConfigFileName) continue;
    load_one(ws, f, options, total, diags, real_paths);
  }
  resolve(ws, options, real_paths, total, diags);
  for (const auto& f : ws.files) diags.retain(f);
  std::sort(ws.inputs.begin(), ws.inputs.end(),
            [](const auto& a, const auto& b) { return a.path < b.path; });
  return ws;
}

}  // namespace ungap::load
