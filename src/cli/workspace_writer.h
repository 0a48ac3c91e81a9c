#pragma once
// Writes the files of a new workspace (`ungap init`, `ungap new`), never over an existing one.
#include <string>
#include <vector>

#include "cli/templates.h"

namespace ungap::cli {

struct PlannedFile {
  std::string path;  // relative to the folder written into, with '/'
  std::string content;
};

// Writes every file below `dir`, creating folders. When any of them exists already, writes
// none and names each on stderr; false then, or when a write fails.
bool write_new_files(const std::string& dir, const std::vector<PlannedFile>& plan);

}  // namespace ungap::cli
