#include "load/workspace_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "load/file_kinds.h"
#include "load/input_checks.h"
#include "load/resolve.h"
#include "load/vocabulary_file.h"
#include "load/workspace_config.h"
#include "util/file_io.h"
#include "util/parallel.h"
#include "util/sha256.h"

namespace fs = std::filesystem;

namespace ungap::load {

namespace {

const util::SourceFile* add_file(model::Workspace& ws, const fs::path& path, std::string content,
                                 const LoadOptions& options) {
  std::string shown = util::display_path(path, options.root);
  ws.inputs.push_back({shown, path.string(), util::sha256_hex(content), content.size()});
  strip_bom(content);
  ws.files.push_back(std::make_shared<util::SourceFile>(shown, std::move(content)));
  return ws.files.back().get();
}

// Whether reading `path` keeps the run within the total input limit. The size is checked
// before the file is read, so a huge input is never loaded; past the limit, one error is
// reported and the remaining files are skipped rather than each reported.
bool within_total(model::Workspace& ws, const fs::path& path, const LoadOptions& options,
                  std::uint64_t& total, util::Diagnostics& diags) {
  std::error_code ec;
  std::uint64_t size = fs::file_size(path, ec);
  if (ec) return true;  // read_file reports why it cannot be read
  if (total + size <= options.limits.max_total_bytes) {
    total += size;
    return true;
  }
  ws.files.push_back(
      std::make_shared<util::SourceFile>(util::display_path(path, options.root), ""));
  diags.error({ws.files.back().get(), 0, 0},
              fmt::format("reading this file ({} bytes) would take the inputs past the total "
                          "limit of {} bytes (--max-total-size); it and the files after it are "
                          "not loaded",
                          size, options.limits.max_total_bytes),
              "input-too-large");
  total = options.limits.max_total_bytes + 1;
  return false;
}

// A file found below the given folders that leads out of the workspace (a symbolic link): not
// read, and the message is the same whether its target exists or not.
void report_outside(model::Workspace& ws, const fs::path& path, const LoadOptions& options,
                    util::Diagnostics& diags) {
  ws.files.push_back(
      std::make_shared<util::SourceFile>(util::display_path(path, options.root), ""));
  diags.error({ws.files.back().get(), 0, 0}, kOutsideMessage, "outside-workspace");
}

// Reads one input and checks what must hold before parsing: size and encoding.
const util::SourceFile* read_input(model::Workspace& ws, const fs::path& path,
                                   const LoadOptions& options, std::uint64_t& total,
                                   util::Diagnostics& diags) {
  auto r = util::read_file(path, options.limits.max_file_bytes);
  if (!r.content) {
    ws.files.push_back(
        std::make_shared<util::SourceFile>(util::display_path(path, options.root), ""));
    diags.error({ws.files.back().get(), 0, 0}, "cannot read file: " + r.error,
                r.too_large ? "file-too-large" : "read-error");
    return nullptr;
  }
  total += r.content->size();
  const util::SourceFile* file = add_file(ws, path, std::move(*r.content), options);
  return check_encoding(*file, diags) ? file : nullptr;
}

// Parses the file last added to `ws` and loads what its kind holds.
void parse_input(model::Workspace& ws, const util::SourceFile& file, const LoadOptions& options,
                 util::Diagnostics& diags) {
  YamlTree tree(file, options.limits, diags, options.yaml_reader);
  if (!tree.root()) return;
  Reader reader(file, diags);
  auto& uses = ws.term_uses.emplace_back();
  reader.record_terms(&uses);
  if (const FileKindInfo* kind = detect_kind(reader, *tree.root())) {
    ws.inputs.back().kind = kind->name;
    kind->load(reader, *tree.root(), ws);
  }
  // Kept until every file is read (check_terms); a thousand files' growth room adds up.
  uses.shrink_to_fit();
}

void load_one(model::Workspace& ws, const fs::path& path, const LoadOptions& options,
              std::uint64_t& total, util::Diagnostics& diags,
              std::map<const util::SourceFile*, fs::path>& real_paths) {
  const util::SourceFile* file = read_input(ws, path, options, total, diags);
  if (!file) return;
  real_paths[file] = path;
  parse_input(ws, *file, options, diags);
  // Everything is read from this file; its bytes come back only if a diagnostic quotes it.
  file->release([path] {
    std::string bytes = util::read_file(path, ~std::uintmax_t{0}).content.value_or("");
    strip_bom(bytes);
    return bytes;
  });
}

struct FilePart {
  model::Workspace ws;
  std::map<const util::SourceFile*, fs::path> real_paths;
};

// Moves a part's items over and frees the part's vector at once, so the parts and the whole
// are not both held in full (with room reserved beforehand, see reserve_for).
template <typename T>
void append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  std::vector<T>().swap(from);
}

void merge(model::Workspace& ws, FilePart&& part,
           std::map<const util::SourceFile*, fs::path>& real_paths, std::uint64_t& total) {
  for (const auto& in : part.ws.inputs) total += in.bytes;
  append(ws.inputs, part.ws.inputs);
  append(ws.files, part.ws.files);
  append(ws.frameworks, part.ws.frameworks);
  append(ws.mappings, part.ws.mappings);
  append(ws.companies, part.ws.companies);
  append(ws.rules, part.ws.rules);
  append(ws.tests, part.ws.tests);
  append(ws.term_uses, part.ws.term_uses);
  merge_vocabulary(ws.vocabulary, std::move(part.ws.vocabulary));
  real_paths.merge(part.real_paths);
}

// Room for every part's items, so merging does not grow the vectors step by step (each step
// holds the old and the new storage at once).
void reserve_for(model::Workspace& ws, const std::vector<FilePart>& parts) {
  auto room = [&](auto member) {
    std::size_t n = (ws.*member).size();
    for (const auto& part : parts) n += (part.ws.*member).size();
    (ws.*member).reserve(n);
  };
  room(&model::Workspace::inputs);
  room(&model::Workspace::files);
  room(&model::Workspace::frameworks);
  room(&model::Workspace::mappings);
  room(&model::Workspace::companies);
  room(&model::Workspace::rules);
  room(&model::Workspace::tests);
  room(&model::Workspace::term_uses);
}

// What follows reading: references resolved, snapshots read, inputs in path order.
void finish(model::Workspace& ws, const LoadOptions& options,
            const std::map<const util::SourceFile*, fs::path>& real_paths, std::uint64_t total,
            util::Diagnostics& diags) {
  resolve(ws, options, real_paths, total, diags);
  for (const auto& f : ws.files) diags.retain(f);
  std::sort(ws.inputs.begin(), ws.inputs.end(),
            [](const auto& a, const auto& b) { return a.path < b.path; });
}

}  // namespace

model::Workspace load_workspace(const std::vector<fs::path>& paths, const LoadOptions& options,
                                util::Diagnostics& diags) {
  model::Workspace ws;
  std::vector<fs::path> roots = expand_paths(paths, diags, ws, options);
  for (const auto& r : roots) ws.searched.push_back(r.string());
  std::vector<std::string> missing;
  auto files = util::find_files(roots, {".yaml", ".yml"}, missing);
  for (const auto& m : missing) {
    ws.files.push_back(std::make_shared<util::SourceFile>(m, ""));
    diags.error({ws.files.back().get(), 0, 0}, "no such file or directory", "missing-path");
  }
  std::map<const util::SourceFile*, fs::path> real_paths;
  std::uint64_t total = 0;
  std::vector<fs::path> accepted;
  for (const auto& f : files) {
    if (f.filename() == kConfigFileName) continue;
    if (!options.confinement.contains(f)) {
      report_outside(ws, f, options, diags);
      continue;
    }
    if (!within_total(ws, f, options, total, diags)) break;
    accepted.push_back(f);
  }
  // Files are read and parsed on several threads, each into a workspace of its own, then
  // merged in path order, so the result is the same whatever the number of threads.
  std::vector<FilePart> parts(accepted.size());
  if (options.progress) options.progress->begin("reading files", accepted.size());
  util::parallel_for(accepted.size(), options.jobs, [&](std::size_t i) {
    std::uint64_t bytes = 0;
    load_one(parts[i].ws, accepted[i], options, bytes, diags, parts[i].real_paths);
    if (options.progress) options.progress->add();
  });
  total = 0;
  reserve_for(ws, parts);
  for (auto& part : parts) merge(ws, std::move(part), real_paths, total);
  finish(ws, options, real_paths, total, diags);
  return ws;
}

model::Workspace load_in_memory(const MemoryFiles& files, const LoadOptions& options,
                                util::Diagnostics& diags) {
  model::Workspace ws;
  std::uint64_t total = 0;
  for (const auto& [name, text] : files) {
    const util::SourceFile* file = add_file(ws, name, text, options);
    total += text.size();
    if (check_encoding(*file, diags)) parse_input(ws, *file, options, diags);
  }
  finish(ws, options, {}, total, diags);
  return ws;
}

}  // namespace ungap::load
