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

// `--as-of`: a date, or today (SOURCE_DATE_EPOCH when set). nullopt after printing an error.
std::optional<util::Date> parse_as_of(const std::string& text);
// Indices of the frameworks named (all when none), or nullopt after printing an error.
std::optional<std::vector<int>> select_frameworks(const model::Workspace& ws,
                                                  const std::vector<std::string>& ids);
// Checks the company ids exist; false after printing an error.
bool check_companies(const model::Workspace& ws, const std::vector<std::string>& ids);
// Writes to `path` atomically, or to stdout when path is empty or "-". Refuses a path that is
// one of the inputs. Returns false after printing an error.
// Whether `path` is one of the inputs (printing an error when it is).
bool output_is_input(const std::string& path, const model::Workspace& ws);
bool write_output(const std::string& path, const std::string& content,
                  const model::Workspace& ws);

}  // namespace ungap::cli
