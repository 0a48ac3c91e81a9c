#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "textproto.h"

namespace ungap::conformance {

// A CEL feature outside ungap's subset. A test is skipped when it uses one, never by name.
struct Feature {
  std::string_view name;
  std::string_view reason;
};

// The documented table (README.md repeats it).
const std::vector<Feature>& unsupported_features();

// The first unsupported feature a test uses, or "" when it is inside the subset. Looks at the
// expression's tokens, the expected value's kinds, the bindings, type_env and other fields.
std::string_view unsupported_feature(const TextNode& test);

}  // namespace ungap::conformance
