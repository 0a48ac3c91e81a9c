#include "load/workspace_config.h"

#include <filesystem>

#include "load/input_checks.h"
#include "load/workspace_loader.h"
#include "util/file_io.h"
#include "util/sha256.h"

namespace fs = std::filesystem;

namespace ungap::load {

namespace {

struct Config {
  std::vector<util::LocatedText> paths;
  std::string description;
};

const Schema<Config>& config_schema() {
  static const Schema<Config> s{
      "workspace configuration",
      "Which folders make up the workspace.",
      {
          {{"paths", true, ValueType::kStringList,
            "Folders (or files) to load, relative to this file."},
           [](Reader& r, const YNode& n, Config& c) {
             if (!r.expect_list(n, "a list of strings")) return;
             for (const YNode* item : n.items)
               if (auto s = r.located(*item)) c.paths.push_back(std::move(*s));
           }},
          {{"description", false, ValueType::kString, "What the workspace holds."},
           [](Reader& r, const YNode& n, Config& c) { c.description = r.string(n).value_or(""); }},
      }};
  return s;
}

// Reads the configuration in `dir`; returns the folders it names (empty on error).
std::vector<fs::path> read_config(const fs::path& dir, util::Diagnostics& diags,
                                  model::Workspace& ws, const LoadOptions& options) {
  fs::path file = dir / kConfigFileName;
  auto content = util::read_file(file, options.limits.max_file_bytes);
  std::string shown = util::display_path(file, options.root);
  std::string bytes = content.content.value_or("");
  std::string hash = util::sha256_hex(bytes);
  strip_bom(bytes);
  ws.files.push_back(std::make_shared<util::SourceFile>(shown, std::move(bytes)));
  const util::SourceFile& src = *ws.files.back();
  if (!content.content) {
    diags.error({&src, 0, 0}, "cannot read file: " + content.error, "read-error");
    return {};
  }
  ws.inputs.push_back({shown, file.string(), hash, content.content->size(), "config"});
  if (!check_encoding(src, diags)) return {};
  YamlTree tree(src, options.limits, diags, options.yaml_reader);
  if (!tree.root()) return {};
  Reader reader(src, diags);
  Config config;
  if (!read_map(reader, *tree.root(), config_schema(), config)) return {};
  std::vector<fs::path> out;
  for (const auto& p : config.paths) {
    // `paths:` is part of the workspace, so it cannot name a folder outside it (`..`, `/`).
    if (!options.confinement.contains(dir / p.text))
      diags.error(p.loc, kOutsideMessage, "outside-workspace");
    else
      out.push_back(dir / p.text);
  }
  return out;
}

}  // namespace

std::optional<std::vector<fs::path>> configured_paths(const fs::path& dir, const Limits& limits) {
  util::Diagnostics scratch;
  model::Workspace ws;
  LoadOptions options;
  options.limits = limits;
  auto paths = read_config(dir, scratch, ws, options);
  if (scratch.has_errors()) return std::nullopt;
  return paths;
}

const KeyTable& config_table() {
  return config_schema().table();
}

std::vector<fs::path> expand_paths(const std::vector<fs::path>& paths, util::Diagnostics& diags,
                                   model::Workspace& ws, const LoadOptions& options) {
  std::vector<fs::path> given = paths.empty() ? std::vector<fs::path>{"."} : paths;
  std::vector<fs::path> out;
  for (const auto& p : given) {
    std::error_code ec;
    if (fs::is_directory(p, ec) && fs::exists(p / kConfigFileName, ec)) {
      for (auto& q : read_config(p, diags, ws, options)) out.push_back(std::move(q));
    } else {
      out.push_back(p);
    }
  }
  return out;
}

}  // namespace ungap::load
