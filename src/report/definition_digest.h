#pragma once
// Digests of what decides verdicts, so two reports can tell a changed rule or obligation from an
// unchanged one (`ungap diff`, `check --baseline`). A rule's: the obligations it checks, `when`,
// each element's id, `match`, `min` and `weight`, `contested_by`, `pass`, `severity`,
// `on_contest`, `due`, `per`; not its texts or place in the file. An obligation's: its text,
// `severity`, `on_contest`, `due`, `applies_when`, `assessable` and its parent and parts; not its
// title, citation or place.
#include <string>

#include "model/framework.h"
#include "model/rule.h"

namespace ungap::report {

std::string rule_digest(const model::Rule& r);
std::string obligation_digest(const model::Framework& fw, const model::Obligation& o);

}  // namespace ungap::report
