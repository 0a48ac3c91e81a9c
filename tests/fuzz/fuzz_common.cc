#include "fuzz_common.h"

#include "load/input_checks.h"
#include "load/reader.h"
#include "load/resolve.h"
#include "load/yaml_tree.h"

namespace ungap::fuzz {

load::Limits fuzz_limits() {
  load::Limits l;
  l.max_file_bytes = 1u << 20;
  l.max_total_bytes = 4u << 20;
  l.max_depth = 64;
  l.max_alias_nodes = 10000;
  l.max_scalar_bytes = 64u << 10;
  l.expr.max_eval_steps = 100000;  // nested comprehensions stop fast
  l.expr.max_run_steps = 10000000;
  return l;
}

void load_bytes(model::Workspace& ws, std::string name, std::string_view bytes,
                const load::Limits& limits, util::Diagnostics& diags,
                const load::FileKindInfo* forced) {
  std::string content(bytes);
  ws.inputs.push_back({name, name, "", content.size()});
  load::strip_bom(content);
  ws.files.push_back(std::make_shared<util::SourceFile>(name, std::move(content)));
  const util::SourceFile& file = *ws.files.back();
  diags.retain(ws.files.back());
  if (!load::check_encoding(file, diags)) return;
  load::YamlTree tree(file, limits, diags);
  if (!tree.root()) return;
  load::Reader reader(file, diags);
  const load::FileKindInfo* kind = forced;
  if (!kind)
    kind = load::detect_kind(reader, *tree.root());
  else if (!tree.root()->is_map())
    kind = nullptr;
  if (kind) kind->load(reader, *tree.root(), ws);
}

void resolve_workspace(model::Workspace& ws, const load::Limits& limits, util::Diagnostics& diags) {
  load::LoadOptions options;
  options.limits = limits;
  std::uint64_t total = 0;
  // No real paths: source snapshots are not read (the fuzzer must not reach the file system).
  load::resolve(ws, options, {}, total, diags);
}

std::size_t render_diagnostics(const util::Diagnostics& diags) {
  std::size_t n = 0;
  for (const auto& d : diags.sorted()) n += util::render_text(d).size();
  return n;
}

std::vector<std::string_view> split_files(std::string_view bytes, std::string_view separator) {
  std::vector<std::string_view> files;
  std::size_t start = 0;
  while (true) {
    std::size_t at = bytes.find(separator, start);
    if (at == std::string_view::npos) break;
    files.push_back(bytes.substr(start, at - start));
    start = at + separator.size();
  }
  files.push_back(bytes.substr(start));
  return files;
}

}  // namespace ungap::fuzz
