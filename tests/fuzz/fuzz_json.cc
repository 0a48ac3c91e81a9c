// Fuzz target: the JSON reader (simdjson, with ungap's checks) behind `diff` and `check
// --baseline`, then the report record read from what it parsed and the diff of that record with
// itself, rendered in every format.
#include <cstddef>
#include <cstdint>
#include <string>

#include "report/diff.h"
#include "report/json_value.h"
#include "report/verdicts.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ungap::report;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto parsed = parse_json(bytes);
  if (!parsed.value) return 0;
  std::string error;
  auto record = read_report(parsed.value->root(), error);
  if (!record) return 0;
  ReportDiff d = diff_reports(*record, *record);
  std::size_t n = diff_text(d).size() + diff_markdown(d).size() + diff_json(d).size();
  return n == 0 ? 0 : 0;
}
