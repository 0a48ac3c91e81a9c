#include "cli/run_setup.h"

#include <fmt/format.h>

#include <cstdio>

#include "cli/app.h"
#include "report/output_target.h"
#include "util/file_io.h"

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

bool refused(const std::vector<std::string>& problems) {
  for (const auto& p : problems) fail(p);
  return !problems.empty();
}

bool write_output(const std::string& path, const std::string& content, const model::Workspace& ws) {
  if (path.empty() || path == "-") {
    std::fwrite(content.data(), 1, content.size(), stdout);
    return true;
  }
  if (auto why = report::output_over_input(path, ws); !why.empty()) {
    fail(why);
    return false;
  }
  if (auto error = util::write_file_atomic(path, content)) {
    fail(error->message());
    return false;
  }
  return true;
}

}  // namespace ungap::cli
