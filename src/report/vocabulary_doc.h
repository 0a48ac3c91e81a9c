#pragma once
// The vocabulary as a Markdown document (`ungap list vocabulary`; the bundled workspace's
// docs/vocabulary.md is this output, and a test keeps it so).
#include <string>

#include "model/vocabulary.h"

namespace ungap::report {

std::string vocabulary_markdown(const model::Vocabulary& v);

}  // namespace ungap::report
