#include "report/xlsx_book.h"

#include <fmt/format.h>

#include <cctype>

#include "report/deflate_stream.h"

namespace ungap::report {

namespace {

constexpr std::size_t kMaxSheetName = 31;  // Excel's limit
// Bytes handed over at a time: small, so the pieces and the sheets' records they gather stay
// well below the peak the evaluation reached (a megabyte piece grown by doubling added 5 MB).
constexpr std::size_t kPiece = 1 << 16;

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::pair<ZipEntry, std::string> compressed_part(const XlsxPart& part) {
  DeflateStream d;
  std::string bytes;
  d.write(part.xml, bytes);
  d.finish(bytes);
  return {ZipEntry{part.name, d.crc(), bytes.size(), d.size(), true}, std::move(bytes)};
}

}  // namespace

std::string XlsxBook::unique_name(std::string_view id) {
  std::string name;
  for (char c : id)
    name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
  // A numbered name is shortened to make room for its number, so it never passes 31.
  std::string candidate = name.substr(0, kMaxSheetName);
  for (int n = 2; !m_names.insert(lower(candidate)).second; ++n) {
    std::string suffix = fmt::format("~{}", n);
    candidate = name.substr(0, kMaxSheetName - suffix.size()) + suffix;
  }
  return candidate;
}

XlsxSheet& XlsxBook::add_sheet(std::string_view id, std::vector<XlsxColumn> columns) {
  return add_named(unique_name(id), std::move(columns));
}

XlsxSheet& XlsxBook::add_summary(std::vector<XlsxColumn> columns) {
  return add_named("Summary", std::move(columns));
}

XlsxSheet& XlsxBook::add_named(const std::string& name, std::vector<XlsxColumn> columns) {
  return m_sheets.emplace_back(name, std::move(columns), m_sheets.empty());
}

void XlsxBook::inputs(const model::Workspace& ws) {
  XlsxSheet& sheet = add_named("Inputs", {{"path", 80}, {"sha256", 64}});
  for (const auto& in : ws.inputs) {
    sheet.next_row();
    sheet.text(0, in.path, XlsxStyle::kNone);
    sheet.text(1, in.sha256, XlsxStyle::kNone);
  }
}

void XlsxBook::close() {
  std::vector<XlsxSheetEntry> listed;
  for (auto& sheet : m_sheets) {
    sheet.finish();
    listed.push_back({sheet.name(), sheet.filter()});
    m_sheet_entries.push_back(
        sheet.entry(fmt::format("xl/worksheets/sheet{}.xml", m_sheet_entries.size() + 1)));
  }
  for (const auto& part : xlsx_parts(listed, m_as_of)) m_parts.push_back(compressed_part(part));
  // The whole archive laid out once without its data, so a workbook past 4 GiB is refused
  // before its first byte.
  ZipArchive plan;
  for (const auto& [entry, bytes] : m_parts) plan.entry(entry);
  for (const auto& entry : m_sheet_entries) plan.entry(entry);
  plan.finish();
}

std::string XlsxBook::more() {
  std::string piece;
  piece.reserve(2 * kPiece);  // a sheet's records are far smaller than a piece
  while (piece.size() < kPiece && !m_done) {
    if (m_next < m_parts.size()) {
      piece += m_zip.entry(m_parts[m_next].first) + m_parts[m_next].second;
      ++m_next;
    } else if (std::size_t s = m_next - m_parts.size(); s < m_sheets.size()) {
      if (!m_in_entry) piece += m_zip.entry(m_sheet_entries[s]);
      m_in_entry = m_sheets[s].more(piece);
      if (!m_in_entry) ++m_next;
    } else {
      piece += m_zip.finish();
      m_done = true;
    }
  }
  return piece;
}

}  // namespace ungap::report
