#include "report/sarif_paths.h"

#include "report/escape.h"

namespace ungap::report {

void sarif_artifact(util::JsonWriter& w, std::string_view path) {
  // Percent-encoded: a file name with a space, '#' or '%' would otherwise be a broken URI.
  w.key("artifactLocation").begin_object().field("uri", uri_path(path));
  if (!path.starts_with('/')) w.field("uriBaseId", kSarifRootId);
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
