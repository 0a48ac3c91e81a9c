#pragma once
// Checks that need the whole workspace: companies merged across files, duplicate ids, dangling
// references, cycles in `supersedes`, quotes against their source snapshots, and expressions.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string_view>
#include <unordered_map>

#include "load/workspace_loader.h"

namespace ungap::load {

using RealPaths = std::map<const util::SourceFile*, std::filesystem::path>;

void resolve(model::Workspace& ws, const LoadOptions& options, const RealPaths& real_paths,
             std::uint64_t& total_bytes, util::Diagnostics& diags);

// Parts of resolve, each in its own file.
void merge_companies(model::Workspace& ws, util::Diagnostics& diags);
void check_obligation_ids(const model::Framework& fw, util::Diagnostics& diags);
void check_company(model::Company& c, util::Diagnostics& diags);
void check_supersedes_cycles(const model::Company& c,
                             const std::unordered_map<std::string_view, int>& claim_at,
                             util::Diagnostics& diags);
// Impacts named by claims and claims named by involvement exist; each involvement rests on a
// claim; a claim an involvement rests on is counted among the claim's impacts.
void check_impacts(model::Company& c, const std::unordered_map<std::string_view, int>& claim_at,
                   util::Diagnostics& diags);
void check_snapshots(model::Workspace& ws, const LoadOptions& options, const RealPaths& real_paths,
                     std::uint64_t& total_bytes, util::Diagnostics& diags);
void check_references(const model::Workspace& ws, util::Diagnostics& diags);
void check_expressions(const model::Workspace& ws, const expr::Limits& limits, int jobs,
                       util::Diagnostics& diags);

}  // namespace ungap::load
