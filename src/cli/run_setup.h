#pragma once
// What check, explain and test share after loading: the evaluation date, the frameworks and
// companies selected by id (with "did you mean" for unknown ids), and writing output files
// atomically without ever overwriting an input.
#include <optional>
#include <string>
#include <vector>

#include "model/workspace.h"
#include "util/date.h"

namespace ungap::cli {

// Prints "ungap: error: MESSAGE" and returns the exit code of a run that cannot run (2).
int cannot_run(const std::string& message);
// `--as-of`: a date, or `today` (SOURCE_DATE_EPOCH when set); an empty value is an error.
// nullopt after printing an error.
std::optional<util::Date> parse_as_of(const std::string& text);
// Indices of the frameworks named (all when none), or nullopt after printing an error.
std::optional<std::vector<int>> select_frameworks(const model::Workspace& ws,
                                                  const std::vector<std::string>& ids);
// Checks the company ids exist; false after printing an error.
bool check_companies(const model::Workspace& ws, const std::vector<std::string>& ids);
// Whether the folder an output goes into exists (printing an error naming it when not), checked
// before a run so it fails at once and the message names the folder, not a temporary file.
bool output_folder_exists(const std::string& path);
// Whether `path` is one of the inputs, or a .yaml the next run would load (printing an error
// when it is).
bool output_is_input(const std::string& path, const model::Workspace& ws);
// Writes to `path` atomically, or to stdout when path is empty or "-". Refuses a path that is
// one of the inputs. Returns false after printing an error.
bool write_output(const std::string& path, const std::string& content, const model::Workspace& ws);
// Whether two command-line paths name the same file (existing or not).
bool same_file(const std::string& a, const std::string& b);

}  // namespace ungap::cli
