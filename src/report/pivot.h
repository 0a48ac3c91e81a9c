#pragma once
// Reports grouped by impact, by rights-holder group or by right (`check --group-by`): which
// people are affected by gaps, and how severely. Each row is one impact's own verdict on one
// obligation (rules with `per: impact`), filed under each group it belongs to.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/report_data.h"
#include "report/writers.h"

namespace ungap::report {

enum class GroupBy { kImpact, kRightsHolder, kRight };

std::optional<GroupBy> parse_group_by(std::string_view text);
std::vector<std::string> group_by_names();  // impact, rights-holder, right
std::string_view group_by_name(GroupBy by);

struct PivotRow {
  std::string company;
  std::string impact;
  std::string impact_title;
  std::string severity;  // "very-high scale, widespread scope, irremediable", "" when not given
  int rank = 0;          // the impact's severity rank
  std::string involvement;
  std::string obligation;  // full id
  std::string title;
  model::Status status = model::Status::kGap;
  double score = 0;
  std::string flags;
};

struct PivotGroup {
  std::string key;  // the impact (company/impact), rights-holder group or right
  int rank = 0;     // the highest severity rank among its gap and partial rows
  StatusCounts counts;
  std::vector<PivotRow> rows;  // most severe impact first, then worst status
};

// Groups most affected first (highest rank of a gap or partial, then most gaps, then key).
std::vector<PivotGroup> pivot(const Run& run, GroupBy by);

// The grouped report in `format` (table, md, csv, json, html); xlsx is in xlsx.cc.
std::string write_pivot(const Run& run, GroupBy by, std::string_view format);
std::string write_pivot_xlsx(const Run& run, GroupBy by);
// Whether `format` can be grouped.
bool pivot_supports(std::string_view format);

}  // namespace ungap::report
