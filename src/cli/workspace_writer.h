#pragma once
// Writes the files of a new workspace (`ungap init`, `ungap new`), never over an existing one.
#include <string>
#include <vector>

#include "report/new_files.h"

namespace ungap::cli {

// Writes every file below `dir`, creating folders. When any of them exists already, writes
// none and names each on stderr; false then, or when a write fails.
bool write_new_files(const std::string& dir, const std::vector<report::NewFile>& plan);

}  // namespace ungap::cli
