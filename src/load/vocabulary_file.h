#pragma once
// Vocabulary files (`vocabulary:` plus a list of terms per field) and the checks of the words
// the data and the rules use against them.
#include "model/workspace.h"
#include "util/diagnostic.h"
#include "util/located_text.h"

namespace ungap::expr {
struct Expr;
}

namespace ungap::load {

// Adds the terms of one file's vocabulary to the workspace's (files are merged in path order).
void merge_vocabulary(model::Vocabulary& into, model::Vocabulary&& from);

// Every word recorded in the data that the vocabulary does not declare, with a "did you mean";
// duplicate terms in the vocabulary.
void check_terms(const model::Workspace& ws, util::Diagnostics& diags);

// String literals a rule expression compares with a field of the vocabulary (`'x' in
// claim.topics`, `'x' in company.contexts`, `claim.topics.exists(t, t == 'x')`) or with a field
// of fixed values (`claim.kind == 'x'`, `claim.by`, `claim.source.kind`) that are not among its
// values: such a comparison can never hold.
void check_rule_terms(const expr::Expr& root, const util::LocatedText& text,
                      const model::Vocabulary& vocabulary, util::Diagnostics& diags);

}  // namespace ungap::load
