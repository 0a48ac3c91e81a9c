#pragma once
// What check, explain and test share around a run: the evaluation date, the refusals of what
// the layers below decided (printed), and writing output files atomically without ever
// overwriting an input.
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
// Prints each problem as "ungap: error: PROBLEM"; whether there was any.
bool refused(const std::vector<std::string>& problems);
// Writes to `path` atomically, or to stdout when path is empty or "-". Refuses a path that is
// one of the inputs (report/output_target.h). Returns false after printing an error.
bool write_output(const std::string& path, const std::string& content, const model::Workspace& ws);

}  // namespace ungap::cli
