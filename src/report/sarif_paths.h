#pragma once
// How both SARIF logs (check's findings and lint's diagnostics) name files: relative to the
// workspace root, marked with the base id %SRCROOT% that code-scanning tools resolve to the
// repository checkout.
#include <string_view>

#include "util/json_writer.h"
#include "util/location.h"

namespace ungap::report {

inline constexpr std::string_view kSarifRootId = "%SRCROOT%";

// `"artifactLocation": {"uri": PATH, "uriBaseId": "%SRCROOT%"}` (no base for an absolute path).
void sarif_artifact(util::JsonWriter& w, std::string_view path);
// `"physicalLocation"`: the artifact and, when the line is known, the region (line, column).
void sarif_location(util::JsonWriter& w, const util::Location& loc);
// The run's `"originalUriBaseIds"`, describing %SRCROOT% without a machine path, so the log is
// the same on every machine.
void sarif_base_ids(util::JsonWriter& w);

}  // namespace ungap::report
