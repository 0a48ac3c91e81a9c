#pragma once
// The company × obligation matrix (`check --layout matrix`) for table, md and csv: per selected
// framework, one row per listed obligation and one column per company, companies ranked by
// their score on the framework, with each company's totals. It needs every company before it
// can write a line, so it keeps, per company, 4 bytes per cell (status, flags, score in
// tenths) and its totals per framework; no evidence text (docs/outputs.md, "Matrix layout").
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "report/company_totals.h"
#include "report/stream.h"

namespace ungap::report {

struct MatrixCell {
  model::Status status = model::Status::kNotAssessed;
  model::FlagSet flags;
  std::uint16_t tenths = 0;  // the score rounded to 0.1, times 10
};

struct MatrixRow {
  int framework = -1, obligation = -1;
};

struct MatrixColumn {
  bool present = false;               // the company was evaluated
  std::vector<MatrixCell> cells;      // one per row
  std::vector<CompanyTotals> totals;  // one per selected framework
  std::string summary;                // the company's Markdown summary (md only)
};

struct Matrix {
  const StreamContext& ctx;
  std::vector<MatrixRow> rows;        // framework by framework, in framework order
  std::vector<MatrixColumn> columns;  // by company index

  // Companies evaluated, best score on selected framework `k` first: assessed before not,
  // then higher score, fewer gaps, more met, then company id.
  std::vector<int> ranking(std::size_t k) const;
};

// The factory of the matrix stream for `format` (table, md, csv), or nullptr.
StreamFactory matrix_stream(std::string_view format);

// "P 66.7 c": the cell's status letter and score, and a letter per flag (the legend).
std::string matrix_cell_code(const MatrixCell& cell);
extern const char* const kMatrixLegend;

std::string matrix_table(const Matrix& m);
std::string matrix_markdown(const Matrix& m);
std::string matrix_csv(const Matrix& m);

}  // namespace ungap::report
