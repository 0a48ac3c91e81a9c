#pragma once
// An XLSX workbook written with bounded memory: libxlsxwriter in constant_memory mode (each
// sheet's rows go to its own temporary file as they are written), into a temporary workbook
// file whose bytes are then handed over in pieces, so the caller writes them atomically like
// every other format without holding the file whole. The created date is the run's as_of, so
// the same inputs give the same bytes.
#include <xlsxwriter.h>

#include <array>
#include <deque>
#include <fstream>
#include <set>
#include <string>

#include "model/enums.h"
#include "model/workspace.h"
#include "report/xlsx_sheet.h"
#include "util/date.h"

namespace ungap::report {

class XlsxBook {
 public:
  XlsxBook(util::Date as_of);
  XlsxBook(const XlsxBook&) = delete;
  XlsxBook& operator=(const XlsxBook&) = delete;
  ~XlsxBook();

  // A sheet named after `id`: at most 31 characters, none of []:*?/\, unique ignoring case
  // (`Summary` and `Inputs` are kept for the sheets of those names).
  XlsxSheet& add_sheet(std::string_view id, std::vector<XlsxColumn> columns);
  XlsxSheet& add_summary(std::vector<XlsxColumn> columns);
  // The `Inputs` sheet: each input file's path and SHA-256.
  void inputs(const model::Workspace& ws);
  // Finishes every sheet and writes the workbook.
  void close();
  // The workbook's bytes after close(), a piece at a time; empty at the end.
  std::string more();

  lxw_format* wrap() const { return m_wrap; }
  lxw_format* link() const { return m_link; }
  lxw_format* status(model::Status s) const;

 private:
  std::string unique_name(std::string_view id);

  std::string m_tmpdir, m_path;
  lxw_workbook* m_wb = nullptr;
  lxw_format *m_header = nullptr, *m_wrap = nullptr, *m_link = nullptr;
  std::array<lxw_format*, 5> m_status{};
  std::deque<XlsxSheet> m_sheets;  // a deque: add_sheet's references stay valid
  std::set<std::string> m_names{"summary", "inputs"};
  XlsxSheet& add_named(const std::string& name, std::vector<XlsxColumn> columns);
  std::ifstream m_in;
};

}  // namespace ungap::report
