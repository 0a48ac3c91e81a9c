#include "report/xlsx_book.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace ungap::report {

namespace {

constexpr std::size_t kMaxSheetName = 31;  // Excel's limit
constexpr std::size_t kPiece = 1 << 20;    // bytes handed over at a time

struct StatusStyle {
  model::Status status;
  uint32_t background, font;
};
constexpr StatusStyle kStatusStyles[] = {
    {model::Status::kGap, 0xC62828, 0xFFFFFF},
    {model::Status::kPartial, 0xF2A900, 0x000000},
    {model::Status::kMet, 0x2E7D32, 0xFFFFFF},
    {model::Status::kNotApplicable, 0xCFD8DC, 0x333333},
    {model::Status::kNotAssessed, 0xECEFF1, 0x666666},
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The folder of the workbook's temporary files: $TMPDIR, else /tmp.
std::string temporary_folder() {
  std::error_code error;
  auto folder = std::filesystem::temp_directory_path(error);
  if (error)
    throw WriteError(fmt::format("no temporary folder for the XLSX workbook: {}", error.message()));
  return folder.string();
}

std::string temporary_file(const std::string& folder) {
  std::string path = folder + "/ungap-xlsx-XXXXXX";
  int fd = mkstemp(path.data());
  if (fd < 0)
    throw WriteError(fmt::format("no temporary file for the XLSX workbook in {}: {}", folder,
                                 std::strerror(errno)));
  ::close(fd);
  return path;
}

lxw_format* top_aligned(lxw_workbook* wb) {
  lxw_format* f = workbook_add_format(wb);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

}  // namespace

XlsxBook::XlsxBook(util::Date as_of)
    : m_tmpdir(temporary_folder()), m_path(temporary_file(m_tmpdir)) {
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = m_tmpdir.data();
  m_wb = workbook_new_opt(m_path.c_str(), &options);
  if (!m_wb) {
    std::filesystem::remove(m_path);
    throw WriteError("cannot create the XLSX workbook");
  }
  static char title[] = "ungap gap report", author[] = "ungap";
  lxw_doc_properties props{};
  props.title = title;
  props.author = author;
  props.created = static_cast<time_t>(as_of.epoch_seconds());
  workbook_set_properties(m_wb, &props);
  m_header = workbook_add_format(m_wb);
  format_set_bold(m_header);
  format_set_bg_color(m_header, 0x37474F);
  format_set_font_color(m_header, 0xFFFFFF);
  m_wrap = top_aligned(m_wb);
  format_set_text_wrap(m_wrap);
  m_link = top_aligned(m_wb);
  format_set_text_wrap(m_link);
  format_set_underline(m_link, LXW_UNDERLINE_SINGLE);
  format_set_font_color(m_link, LXW_COLOR_BLUE);
  for (const auto& s : kStatusStyles) {
    lxw_format* f = top_aligned(m_wb);
    format_set_bg_color(f, s.background);
    format_set_font_color(f, s.font);
    m_status[static_cast<std::size_t>(s.status)] = f;
  }
}

XlsxBook::~XlsxBook() {
  if (m_wb) lxw_workbook_free(m_wb);  // never closed: an error stopped the report
  m_in.close();
  std::error_code ignored;
  std::filesystem::remove(m_path, ignored);
}

lxw_format* XlsxBook::status(model::Status s) const {
  return m_status[static_cast<std::size_t>(s)];
}

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
  lxw_worksheet* ws = workbook_add_worksheet(m_wb, name.c_str());
  if (!ws) throw WriteError("cannot add the XLSX sheet '" + name + "'");
  return m_sheets.emplace_back(ws, name, std::move(columns), m_header);
}

void XlsxBook::inputs(const model::Workspace& ws) {
  XlsxSheet& sheet = add_named("Inputs", {{"path", 80}, {"sha256", 64}});
  for (const auto& in : ws.inputs) {
    sheet.next_row();
    sheet.text(0, in.path, nullptr);
    sheet.text(1, in.sha256, nullptr);
  }
}

void XlsxBook::close() {
  for (auto& sheet : m_sheets) sheet.finish();
  lxw_error error = workbook_close(m_wb);
  m_wb = nullptr;
  if (error != LXW_NO_ERROR)
    throw WriteError(fmt::format("the XLSX workbook: {}", lxw_strerror(error)));
  m_in.open(m_path, std::ios::binary);
  if (!m_in) throw WriteError("cannot read back the XLSX workbook's temporary file");
}

std::string XlsxBook::more() {
  std::string piece(kPiece, '\0');
  m_in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
  piece.resize(static_cast<std::size_t>(m_in.gcount()));
  return piece;
}

}  // namespace ungap::report
