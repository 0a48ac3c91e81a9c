#pragma once
// An adverse impact on people that a company may be involved in (UNGPs 13, 14, 19, 22, 24): what
// happened to whom, how severe it is, and whether the company causes it, contributes to it or is
// directly linked to it, each mode resting on claims.
#include <optional>
#include <string>
#include <vector>

#include "model/enums.h"
#include "model/ref.h"
#include "util/date.h"
#include "util/location.h"

namespace ungap::model {

// One mode of involvement and the claims that support it. Several entries with different modes
// make the involvement `disputed`; each side keeps its claims.
struct Involvement {
  InvolvementMode mode = InvolvementMode::kContribute;
  std::vector<Ref> claims;
  std::string note;
  util::Location loc;
};

// Severity on the three fixed scales of UNGP 14's commentary; higher ranks are worse.
struct ImpactSeverity {
  Scale scale = Scale::kMedium;
  Scope scope = Scope::kLimited;
  Remediability remediability = Remediability::kRemediable;
  bool given = false;

  // One number for ordering: the sum of the three ranks (see docs/formats.md).
  int rank() const;
};

struct Impact {
  std::string id;
  std::string title;
  std::string summary;
  std::optional<util::Date> period_from;
  std::optional<util::Date> period_to;
  std::vector<std::string> rights;
  std::vector<std::string> rights_holders;
  ImpactSeverity severity;
  std::vector<Involvement> involvement;
  std::string note;
  util::Location loc;

  // The single mode all entries agree on, or nullopt when they disagree (disputed) or none is
  // given.
  std::optional<InvolvementMode> agreed_mode() const;
  bool disputed() const;
  // "cause", "contribute", "directly-linked", "disputed" or "" (none given).
  std::string involvement_label() const;
  // The modes claimed, each once, in the order of the scale (cause first).
  std::vector<InvolvementMode> modes() const;
  // "very-high scale, mass scope, irremediable".
  std::string severity_text() const;
  // "2023-10-07 to 2025-09-25", "from 2023-10-07", "" when none.
  std::string period_text() const;
};

}  // namespace ungap::model
