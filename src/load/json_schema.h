#pragma once
// JSON Schemas (draft 2020-12) for each file kind, generated from the same key tables the
// loaders use, so the editor's view of a file and ungap's can never drift apart.
#include <string>
#include <string_view>
#include <vector>

namespace ungap::load {

// The kinds `ungap schema` accepts, in order.
std::vector<std::string> schema_kinds();
// The schema as pretty JSON with a trailing newline; empty when the kind is unknown.
std::string json_schema(std::string_view kind);

}  // namespace ungap::load
