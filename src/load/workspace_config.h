#pragma once
// `ungap.yaml`: an optional file at a workspace's root that names the folders to load, so that
// `ungap check` in a repository loads the data and not, say, its test fixtures.
#include <string_view>

#include "load/schema.h"

namespace ungap::load {

inline constexpr std::string_view kConfigFileName = "ungap.yaml";

const KeyTable& config_table();

}  // namespace ungap::load
