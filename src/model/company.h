#pragma once
// A company, the sources that speak about it and the claims those sources show.
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/data.h"
#include "model/enums.h"
#include "model/impact.h"
#include "model/ref.h"
#include "util/date.h"
#include "util/intern.h"
#include "util/location.h"
#include "util/rare.h"

namespace ungap::model {

struct Source {
  std::string id;
  std::string title;
  std::string publisher;
  By by = By::kCompany;
  std::optional<SourceKind> kind;
  std::optional<util::Date> date;
  std::optional<DatePrecision> date_precision;  // absent: not stated
  std::string date_basis;                       // how the date was established
  std::string url;
  Quality quality = Quality::kPrimary;
  std::string text_path;     // as written, relative to the YAML file
  std::string text_display;  // the snapshot's display path once resolved
  std::string note;
  util::Location loc;
  util::Location text_loc;
};

// "date known to the month: <basis>", or "" when the source states neither.
std::string dating_text(const Source& s);

// What a claim rarely carries, held apart (util::Rare) so the common claim stays small.
struct ClaimExtras {
  // A map, or null when absent. Shared: a Data is large.
  std::shared_ptr<const Data> scope;
  std::vector<Ref> supersedes;
  // The impacts it concerns: those it names, plus (once resolved) those whose involvement
  // rests on it.
  std::vector<Ref> impacts;
  std::string note;
  std::optional<By> by_given;
};

struct Claim {
  std::string id;
  Ref source;                        // empty id: none (allowed in rule tests)
  std::vector<util::Symbol> topics;  // interned: a small vocabulary shared by every claim
  std::string quote;
  std::string summary;
  util::Rare<ClaimExtras> extras;  // read with extras->, change with extras.edit()
  util::Location loc;
  util::Location quote_loc;
  // Small fields last and together, so they pack: there can be millions of claims.
  util::Date date;        // effective: given, else the source's once resolved
  int source_index = -1;  // into Company::sources once resolved
  ClaimKind kind = ClaimKind::kCommitment;
  By by = By::kCompany;     // effective: given, else the source's
  bool date_given = false;  // `date` was read from the claim itself
};

// Whether the claim concerns the impact `impact`: names it, or (once resolved) an involvement in
// it rests on the claim.
bool concerns(const Claim& cl, std::string_view impact);

struct Company {
  std::string id;
  std::string name;
  std::vector<std::string> sectors;
  std::vector<std::string> countries;
  std::vector<std::string> contexts;
  Data attributes;  // a map, or null
  std::string note;
  std::vector<Source> sources;
  std::vector<Claim> claims;
  std::vector<Impact> impacts;
  util::Location loc;
  bool has_metadata = false;  // a `company:` block with metadata was seen

  int source_index(std::string_view id) const;
  int claim_index(std::string_view id) const;
  // Positions by id, for code that looks many up: the index functions above are linear, so a
  // loop over them is quadratic (a chain of 150,000 superseding claims took minutes). The first
  // of a repeated id wins, as above.
  std::unordered_map<std::string_view, int> claim_positions() const;
  std::unordered_map<std::string_view, int> source_positions() const;
  int impact_index(std::string_view id) const;
};

}  // namespace ungap::model
