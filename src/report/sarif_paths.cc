#include "report/sarif_paths.h"

#include <algorithm>

#include "report/escape.h"

namespace ungap::report {

void sarif_artifact(util::JsonWriter& w, std::string_view path) {
  // Percent-encoded: a file name with a space, '#' or '%' would otherwise be a broken URI.
  w.key("artifactLocation").begin_object().field("uri", uri_path(path));
  if (!path.starts_with('/')) w.field("uriBaseId", kSarifRootId);
  w.end_object();
}

void sarif_location(util::JsonWriter& w, const util::Location& loc) {
  w.key("physicalLocation").begin_object();
  sarif_artifact(w, loc.path());
  if (loc.line > 0)
    w.key("region")
        .begin_object()
        .field("startLine", static_cast<int64_t>(loc.line))
        .field("startColumn", static_cast<int64_t>(std::max<uint32_t>(loc.col, 1)))
        .end_object();
  w.end_object();
}

void sarif_base_ids(util::JsonWriter& w) {
  w.key("originalUriBaseIds").begin_object().key(kSarifRootId).begin_object();
  w.key("description")
      .begin_object()
      .field("text", "The workspace root: the folder holding ungap.yaml.")
      .end_object();
  w.end_object().end_object();
}

}  // namespace ungap::report
