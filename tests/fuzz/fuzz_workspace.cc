// Fuzz target: a whole run. The bytes are split into files at each line `--8<--`; the files are
// loaded (kinds detected), checked, and, when they load without errors, compiled, evaluated on
// two threads and written as a JSON report, as `ungap check --format json` does.
#include <fmt/format.h>

#include <cstddef>
#include <cstdint>

#include "engine/evaluate.h"
#include "fuzz_common.h"
#include "report/writers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ungap;
  static const load::Limits limits = fuzz::fuzz_limits();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto files = fuzz::split_files(bytes, "\n--8<--\n");
  if (files.size() > 16) return 0;  // many tiny files add nothing the first 16 do not
  model::Workspace ws;
  util::Diagnostics diags;
  for (std::size_t i = 0; i < files.size(); ++i)
    fuzz::load_bytes(ws, fmt::format("f{}.yaml", i), files[i], limits, diags);
  fuzz::resolve_workspace(ws, limits, diags);
  fuzz::render_diagnostics(diags);
  if (diags.has_errors()) return 0;

  util::Diagnostics eval_diags;
  engine::CompiledWorkspace cw(ws, eval_diags, limits.expr);
  auto results = engine::evaluate(cw, {util::date_from_civil(2025, 10, 10), 2, {}}, eval_diags);
  std::vector<int> frameworks;
  for (std::size_t i = 0; i < ws.frameworks.size(); ++i) frameworks.push_back(static_cast<int>(i));
  report::Run run{ws, results, frameworks};
  report::write_json(run, {});
  return 0;
}
