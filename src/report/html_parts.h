#pragma once
// The pieces of the HTML report (html.cc): its style sheet and script, which are fixed text, and
// the per-cell evidence data the script shows when a cell is chosen.
#include <string>
#include <string_view>

#include "report/report_data.h"

namespace ungap::report {

std::string_view html_style();
std::string_view html_script();
// The cell key the page and its URL fragment use: "company:framework/obligation".
std::string html_cell_key(const model::Company& c, const model::Obligation& o);
// {"cells": {KEY: {...finding...}}, "claims": {COMPANY: {CLAIM: {...}}}} as compact JSON.
std::string html_cell_data(const Run& run);

}  // namespace ungap::report
