#include "cli/run_setup.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "cli/app.h"
#include "util/file_io.h"
#include "util/suggest.h"

namespace fs = std::filesystem;

namespace ungap::cli {

namespace {

void fail(const std::string& message) {
  std::fprintf(stderr, "ungap: error: %s\n", message.c_str());
}

}  // namespace

int cannot_run(const std::string& message) {
  fail(message);
  return kCannotRun;
}

std::optional<util::Date> parse_as_of(const std::string& text) {
  if (text == "today") return util::today();
  if (auto d = util::parse_date(text)) return d;
  // An empty value (`--as-of "$DATE"` with DATE unset) would otherwise silently mean today.
  fail(text.empty() ? "--as-of is empty; give a date (YYYY-MM-DD) or 'today'"
                    : fmt::format("--as-of '{}' is not a date (YYYY-MM-DD) or 'today'", text));
  return std::nullopt;
}

std::optional<std::vector<int>> select_frameworks(const model::Workspace& ws,
                                                  const std::vector<std::string>& ids) {
  std::vector<int> out;
  std::vector<std::string> known;
  for (const auto& f : ws.frameworks) known.push_back(f.id);
  bool ok = true;
  for (std::size_t i = 0; i < ws.frameworks.size(); ++i)
    if (ids.empty() || std::find(ids.begin(), ids.end(), ws.frameworks[i].id) != ids.end())
      out.push_back(static_cast<int>(i));
  for (const auto& id : ids) {
    if (ws.framework(id)) continue;
    fail(fmt::format("unknown framework '{}'{}", id, util::did_you_mean(id, known)));
    ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

bool check_companies(const model::Workspace& ws, const std::vector<std::string>& ids) {
  std::vector<std::string> known;
  for (const auto& c : ws.companies) known.push_back(c.id);
  bool ok = true;
  for (const auto& id : ids) {
    if (ws.company(id)) continue;
    fail(fmt::format("unknown company '{}'{}", id, util::did_you_mean(id, known)));
    ok = false;
  }
  return ok;
}

bool output_folder_exists(const std::string& path) {
  if (path.empty() || path == "-") return true;
  fs::path folder = fs::path(path).parent_path();
  std::error_code ec;
  if (folder.empty() || fs::is_directory(folder, ec)) return true;
  bool exists = fs::exists(folder, ec);
  fail(exists ? fmt::format("cannot write -o {}: {} is not a folder", path, folder.generic_string())
              : fmt::format("cannot write -o {}: the folder {} does not exist", path,
                            folder.generic_string()));
  return false;
}

bool output_is_input(const std::string& path, const model::Workspace& ws) {
  if (path.empty() || path == "-") return false;
  for (const auto& in : ws.inputs) {
    std::error_code ec;
    if (fs::equivalent(in.real_path, path, ec)) {
      fail(fmt::format("refusing to write the report over an input file: {}", path));
      return true;
    }
  }
  // A report named .yaml below the workspace's folders would be read back as an input by the
  // next run (and refused, or worse, loaded). Other names there, reports/ included, are fine.
  std::string ext = fs::path(path).extension().string();
  std::vector<fs::path> searched(ws.searched.begin(), ws.searched.end());
  if ((ext == ".yaml" || ext == ".yml") && util::Confinement(searched).contains(path)) {
    fail(
        fmt::format("refusing to write the report to {}: a .yaml file there would be loaded as "
                    "an input by the next run",
                    path));
    return true;
  }
  return false;
}

bool same_file(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == "-" || b == "-") return false;
  std::error_code ec;
  return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec) || fs::equivalent(a, b, ec);
}

bool write_output(const std::string& path, const std::string& content, const model::Workspace& ws) {
  if (path.empty() || path == "-") {
    std::fwrite(content.data(), 1, content.size(), stdout);
    return true;
  }
  if (output_is_input(path, ws)) return false;
  if (auto error = util::write_file_atomic(path, content)) {
    fail(error->message());
    return false;
  }
  return true;
}

}  // namespace ungap::cli
