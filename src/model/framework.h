#pragma once
// A framework and its obligations. Obligations nest in YAML; here they are flattened in
// document order (pre-order), each knowing its parent and children by index.
#include <optional>
#include <string>
#include <vector>

#include "model/enums.h"
#include "util/date.h"
#include "util/located_text.h"
#include "util/location.h"

namespace ungap::model {

inline constexpr int kNoParent = -1;

struct Obligation {
  std::string id;       // local id, e.g. "15.a"
  std::string full_id;  // framework/id, e.g. "ungp/15.a"
  std::string title;
  std::string text;
  std::optional<Severity> severity;     // unset: medium
  std::optional<OnContest> on_contest;  // unset: `lower` when critical, else `flag`
  std::vector<std::string> tags;
  std::string cite;
  std::string quote;
  std::string note;
  std::optional<util::Date> due;
  std::optional<util::LocatedText> applies_when;
  bool assessable = true;
  int parent = kNoParent;
  std::vector<int> children;
  util::Location loc;

  bool leaf() const { return children.empty(); }
  Severity effective_severity() const { return severity.value_or(Severity::kMedium); }
};

struct Framework {
  std::string id;
  std::string title;
  std::string version;
  std::string publisher;
  std::string url;
  std::string license;
  std::string note;
  std::vector<Obligation> obligations;
  util::Location loc;

  const Obligation* find(std::string_view local_id) const;
  int index_of(std::string_view local_id) const;
  // How many parents `ob`, one of this framework's obligations, has above it (0 at the top).
  int depth(const Obligation& ob) const;
};

// "ungp/15.a" -> {"ungp", "15.a"}; the framework part is empty when there is no '/'.
std::pair<std::string_view, std::string_view> split_ref(std::string_view ref);

}  // namespace ungap::model
