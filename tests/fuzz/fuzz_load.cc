// Fuzz target: one file kind's loader. Built once per kind (UNGAP_FUZZ_KIND is the index in
// load::file_kinds()); the bytes are read as a file of that kind, then the workspace checks run.
#include <cstddef>
#include <cstdint>

#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ungap;
  static const load::Limits limits = fuzz::fuzz_limits();
  const load::FileKindInfo& kind = load::file_kinds().at(UNGAP_FUZZ_KIND);
  model::Workspace ws;
  util::Diagnostics diags;
  fuzz::load_bytes(ws, "input.yaml", {reinterpret_cast<const char*>(data), size}, limits, diags,
                   &kind);
  fuzz::resolve_workspace(ws, limits, diags);
  fuzz::render_diagnostics(diags);
  return 0;
}
