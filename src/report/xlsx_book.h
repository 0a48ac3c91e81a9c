#pragma once
// An XLSX workbook written with bounded memory: each sheet compresses its rows as they come
// (report/xlsx_sheet.h), and close() lays the parts out as a ZIP archive whose bytes are then
// handed over in pieces, so the caller writes them atomically like every other format without
// holding the file whole. The created date is the run's as_of, so the same inputs give the same
// bytes.
#include <deque>
#include <set>
#include <string>
#include <vector>

#include "model/enums.h"
#include "model/workspace.h"
#include "report/xlsx_package.h"
#include "report/xlsx_sheet.h"
#include "report/zip_archive.h"
#include "util/date.h"

namespace ungap::report {

class XlsxBook {
 public:
  explicit XlsxBook(util::Date as_of) : m_as_of(as_of) {}
  XlsxBook(const XlsxBook&) = delete;
  XlsxBook& operator=(const XlsxBook&) = delete;

  // A sheet named after `id`: at most 31 characters, none of []:*?/\, unique ignoring case
  // (`Summary` and `Inputs` are kept for the sheets of those names).
  XlsxSheet& add_sheet(std::string_view id, std::vector<XlsxColumn> columns);
  XlsxSheet& add_summary(std::vector<XlsxColumn> columns);
  // The `Inputs` sheet: each input file's path and SHA-256.
  void inputs(const model::Workspace& ws);
  // Finishes every sheet and plans the archive; throws WriteError when it would pass 4 GiB.
  void close();
  // The workbook's bytes after close(), a piece at a time; empty at the end.
  std::string more();

  XlsxStyle wrap() const { return XlsxStyle::kWrap; }
  XlsxStyle link() const { return XlsxStyle::kLink; }
  static XlsxStyle status(model::Status s) { return status_style(static_cast<int>(s)); }

 private:
  std::string unique_name(std::string_view id);
  XlsxSheet& add_named(const std::string& name, std::vector<XlsxColumn> columns);

  util::Date m_as_of;
  std::deque<XlsxSheet> m_sheets;  // a deque: add_sheet's references stay valid
  std::set<std::string> m_names{"summary", "inputs"};
  // After close(): the small parts compressed, then the sheets, then the directory.
  std::vector<std::pair<ZipEntry, std::string>> m_parts;
  std::vector<ZipEntry> m_sheet_entries;
  ZipArchive m_zip;
  std::size_t m_next = 0;  // parts, then sheets
  bool m_in_entry = false, m_done = false;
};

}  // namespace ungap::report
