#include "report/output_target.h"

#include <fmt/format.h>

#include <filesystem>

#include "util/file_io.h"

namespace fs = std::filesystem;

namespace ungap::report {

namespace {

bool is_stdout(const std::string& path) {
  return path.empty() || path == "-";
}

}  // namespace

std::string output_folder_problem(const std::string& path) {
  if (is_stdout(path)) return "";
  fs::path folder = fs::path(path).parent_path();
  std::error_code ec;
  if (folder.empty() || fs::is_directory(folder, ec)) return "";
  if (fs::exists(folder, ec))
    return fmt::format("cannot write -o {}: {} is not a folder", path, folder.generic_string());
  return fmt::format("cannot write -o {}: the folder {} does not exist", path,
                     folder.generic_string());
}

std::string output_over_input(const std::string& path, const model::Workspace& ws) {
  if (is_stdout(path)) return "";
  for (const auto& in : ws.inputs) {
    std::error_code ec;
    if (fs::equivalent(in.real_path, path, ec))
      return fmt::format("refusing to write the report over an input file: {}", path);
  }
  // A report named .yaml below the workspace's folders would be read back as an input by the
  // next run (and refused, or worse, loaded). Other names there, reports/ included, are fine.
  std::string ext = fs::path(path).extension().string();
  std::vector<fs::path> searched(ws.searched.begin(), ws.searched.end());
  if ((ext == ".yaml" || ext == ".yml") && util::Confinement(searched).contains(path))
    return fmt::format(
        "refusing to write the report to {}: a .yaml file there would be loaded as an input by "
        "the next run",
        path);
  return "";
}

bool same_file(const std::string& a, const std::string& b) {
  if (is_stdout(a) || is_stdout(b)) return false;
  std::error_code ec;
  return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec) || fs::equivalent(a, b, ec);
}

}  // namespace ungap::report
