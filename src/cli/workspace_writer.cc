#include "cli/workspace_writer.h"

#include <cstdio>
#include <filesystem>

#include "util/file_io.h"

namespace fs = std::filesystem;

namespace ungap::cli {

namespace {

// Every planned file that is already there (a dangling symlink counts: writing would follow it).
std::vector<std::string> existing(const fs::path& dir, const std::vector<report::NewFile>& plan) {
  std::vector<std::string> found;
  for (const report::NewFile& f : plan) {
    std::error_code ec;
    if (fs::symlink_status(dir / f.path, ec).type() != fs::file_type::not_found)
      found.push_back((dir / f.path).generic_string());
  }
  return found;
}

}  // namespace

bool write_new_files(const std::string& dir, const std::vector<report::NewFile>& plan) {
  std::vector<std::string> found = existing(dir, plan);
  for (const std::string& path : found)
    std::fprintf(stderr, "ungap: error: %s already exists; nothing was written over it\n",
                 path.c_str());
  if (!found.empty()) {
    std::fprintf(stderr, "ungap: %zu file(s) in the way; no file was written\n", found.size());
    return false;
  }
  for (const report::NewFile& f : plan) {
    fs::path path = fs::path(dir) / f.path;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    auto error = ec ? util::OutputError{path.generic_string(), ec.message()}
                    : util::write_file_atomic(path, f.content);
    if (error) {
      std::fprintf(stderr, "ungap: error: %s\n", error->message().c_str());
      return false;
    }
    std::printf("created %s\n", path.generic_string().c_str());
  }
  return true;
}

}  // namespace ungap::cli
