// Source snapshots: each `text:` file is read, hashed as an input, and every quote from that
// source must occur in it (white space and typographic quotes normalised).
#include <fmt/format.h>

#include "load/resolve.h"
#include "util/file_io.h"
#include "util/sha256.h"
#include "util/text.h"
#include "util/utf8.h"

namespace fs = std::filesystem;

namespace ungap::load {

namespace {

// Reads a snapshot once; returns its normalised text, or nullopt after reporting why not.
std::optional<std::string> read_snapshot(model::Workspace& ws, model::Source& s,
                                         const LoadOptions& options, const RealPaths& real_paths,
                                         std::uint64_t& total, util::Diagnostics& diags) {
  auto it = real_paths.find(s.loc.file);
  if (it == real_paths.end()) {  // loaded from memory (load_in_memory): no folder to look in
    diags.error(s.text_loc,
                fmt::format("cannot read source snapshot '{}': the workspace is held in memory",
                            s.text_path),
                "missing-snapshot");
    return std::nullopt;
  }
  fs::path path = it->second.parent_path() / s.text_path;
  s.text_display = util::display_path(path, options.root);
  // Checked before anything else, so a snapshot outside tells nothing of what lies there.
  if (!options.confinement.contains(path)) {
    diags.error(s.text_loc, fmt::format("source snapshot '{}': {}", s.text_path, kOutsideMessage),
                "outside-workspace");
    return std::nullopt;
  }
  auto r = util::read_file(path, options.limits.max_file_bytes);
  if (!r.content) {
    diags.error(s.text_loc,
                fmt::format("cannot read source snapshot '{}': {}", s.text_path, r.error),
                r.too_large ? "file-too-large" : "missing-snapshot");
    return std::nullopt;
  }
  total += r.content->size();
  if (total > options.limits.max_total_bytes) {
    diags.error(s.text_loc,
                fmt::format("source snapshot '{}' takes the inputs past the total limit of {} "
                            "bytes (--max-total-size)",
                            s.text_path, options.limits.max_total_bytes),
                "input-too-large");
    return std::nullopt;
  }
  if (util::find_invalid_utf8(*r.content)) {
    diags.error(s.text_loc, fmt::format("source snapshot '{}' is not valid UTF-8", s.text_path),
                "invalid-utf8");
    return std::nullopt;
  }
  ws.inputs.push_back(
      {s.text_display, path.string(), util::sha256_hex(*r.content), r.content->size(), "snapshot"});
  return util::normalize_for_quote(*r.content);
}

}  // namespace

void check_snapshots(model::Workspace& ws, const LoadOptions& options, const RealPaths& real_paths,
                     std::uint64_t& total, util::Diagnostics& diags) {
  for (auto& c : ws.companies) {
    std::vector<std::optional<std::string>> texts(c.sources.size());
    for (std::size_t i = 0; i < c.sources.size(); ++i)
      if (!c.sources[i].text_path.empty())
        texts[i] = read_snapshot(ws, c.sources[i], options, real_paths, total, diags);
    for (const auto& cl : c.claims) {
      if (cl.quote.empty() || cl.source_index < 0) continue;
      const auto& text = texts[static_cast<std::size_t>(cl.source_index)];
      if (!text) continue;
      if (util::find_text(*text, util::normalize_for_quote(cl.quote)) == std::string::npos) {
        diags.error(cl.quote_loc,
                    fmt::format("quote of claim '{}' does not occur in the snapshot of source "
                                "'{}' ({})",
                                cl.id, c.sources[static_cast<std::size_t>(cl.source_index)].id,
                                c.sources[static_cast<std::size_t>(cl.source_index)].text_display),
                    "quote-not-found");
      }
    }
  }
}

}  // namespace ungap::load
