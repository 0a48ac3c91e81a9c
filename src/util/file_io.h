#pragma once
// Reading inputs with a size limit and writing outputs atomically (temporary file + rename), so
// a failed or interrupted run never leaves a half-written report.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ungap::util {

struct ReadResult {
  std::optional<std::string> content;  // nullopt on failure
  std::string error;                   // why it failed, e.g. "file is 70000000 bytes, over the limit of 16777216"
  bool too_large = false;
};

ReadResult read_file(const std::filesystem::path& path, std::uintmax_t max_bytes);

// Writes `content` to `path` through a temporary file in the same folder and a rename.
// Returns an empty string on success, else the reason.
std::string write_file_atomic(const std::filesystem::path& path, const std::string& content);

// The files with the given extensions below each path (a file is taken as given), sorted and
// without duplicates; hidden folders and build folders are skipped. Missing paths are
// reported in `missing`.
std::vector<std::filesystem::path> find_files(const std::vector<std::filesystem::path>& paths,
                                              const std::vector<std::string>& extensions,
                                              std::vector<std::string>& missing);

// A path as shown in diagnostics and reports: relative to `root` when below it, with '/'.
std::string display_path(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace ungap::util
