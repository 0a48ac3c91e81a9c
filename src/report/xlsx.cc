// XLSX (libxlsxwriter): a summary sheet, one sheet per framework (frozen header, autofilter,
// status colours, evidence and source columns) and the inputs. libxlsxwriter writes to a path,
// so the workbook goes to a temporary file whose bytes are returned: the caller then writes
// them atomically like every other format. The created date is the run's as_of, so the same
// inputs give the same bytes.
#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>

#include "report/escape.h"
#include "report/impact_verdicts.h"
#include "report/pivot.h"
#include "report/writers.h"
#include "util/text.h"
#include "util/version.h"

namespace ungap::report {

namespace {

constexpr std::size_t kMaxSheetName = 31;  // Excel's limit
constexpr std::size_t kMaxCell = 32000;    // Excel's limit is 32,767 characters per cell

struct StatusStyle {
  model::Status status;
  uint32_t background, font;
};
constexpr StatusStyle kStatusStyles[] = {
    {model::Status::kMet, 0x2E7D32, 0xFFFFFF},
    {model::Status::kPartial, 0xF2A900, 0x000000},
    {model::Status::kGap, 0xC62828, 0xFFFFFF},
    {model::Status::kNotApplicable, 0xCFD8DC, 0x333333},
    {model::Status::kNotAssessed, 0xECEFF1, 0x666666},
};

constexpr std::array kColumns{
    std::pair{"company", 14.0},      std::pair{"obligation", 22.0}, std::pair{"title", 40.0},
    std::pair{"status", 14.0},       std::pair{"score", 8.0},       std::pair{"weight", 10.0},
    std::pair{"flags", 16.0},        std::pair{"rules", 24.0},      std::pair{"evidence", 60.0},
    std::pair{"sources", 40.0},      std::pair{"missing", 40.0},    std::pair{"contested_by", 40.0},
    std::pair{"derived_from", 24.0}, std::pair{"impacts", 40.0}};

class Book {
 public:
  Book(const std::string& path, const Run& run) : m_run(run) {
    lxw_workbook_options options{};
    m_wb = workbook_new_opt(path.c_str(), &options);
    if (!m_wb) throw std::runtime_error("cannot create the XLSX workbook");
    static char title[] = "ungap gap report", author[] = "ungap";
    lxw_doc_properties props{};
    props.title = title;
    props.author = author;
    props.created = static_cast<time_t>(run.results.as_of.epoch_seconds());
    workbook_set_properties(m_wb, &props);
    m_header = workbook_add_format(m_wb);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0x37474F);
    format_set_font_color(m_header, 0xFFFFFF);
    m_wrap = workbook_add_format(m_wb);
    format_set_text_wrap(m_wrap);
    format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
    for (const auto& s : kStatusStyles) {
      lxw_format* f = workbook_add_format(m_wb);
      format_set_bg_color(f, s.background);
      format_set_font_color(f, s.font);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      m_status[s.status] = f;
    }
  }

  void write() {
    summary();
    for (int fw : m_run.frameworks) framework(fw);
    close();
  }

  // The grouped report (`--group-by`): one sheet of rows, then the inputs.
  void write_pivot(GroupBy by) {
    pivot_sheet(by);
    close();
  }

 private:
  void text(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, std::string_view s,
            lxw_format* f = nullptr) {
    if (s.empty()) return;
    std::string v = xml_text(s.size() > kMaxCell ? util::ellipsize(s, kMaxCell) : s);
    worksheet_write_string(ws, row, col, v.c_str(), f ? f : m_wrap);
  }

  void header(lxw_worksheet* ws, const std::vector<std::pair<std::string, double>>& cols,
              lxw_row_t rows) {
    for (std::size_t i = 0; i < cols.size(); ++i) {
      auto col = static_cast<lxw_col_t>(i);
      worksheet_write_string(ws, 0, col, cols[i].first.c_str(), m_header);
      worksheet_set_column(ws, col, col, cols[i].second, nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, rows, static_cast<lxw_col_t>(cols.size() - 1));
  }

  // Sheet names: at most 31 characters, none of []:*?/\, unique ignoring case. A numbered
  // name is shortened to make room for its number, so it never passes 31 characters.
  std::string sheet_name(std::string_view id) {
    std::string name;
    for (char c : id)
      name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
    std::string candidate = name.substr(0, kMaxSheetName);
    for (int n = 2; !m_names.insert(lower(candidate)).second; ++n) {
      std::string suffix = fmt::format("~{}", n);
      candidate = name.substr(0, kMaxSheetName - suffix.size()) + suffix;
    }
    return candidate;
  }
  lxw_worksheet* add_sheet(const std::string& name) {
    lxw_worksheet* ws = workbook_add_worksheet(m_wb, name.c_str());
    if (!ws) throw std::runtime_error("cannot add the XLSX sheet '" + name + "'");
    return ws;
  }
  static std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }

  void close() {
    inputs();
    if (workbook_close(m_wb) != LXW_NO_ERROR)
      throw std::runtime_error("cannot write the XLSX workbook");
  }

  void summary();
  void framework(int fw);
  void pivot_sheet(GroupBy by);
  void inputs();

  const Run& m_run;
  lxw_workbook* m_wb = nullptr;
  lxw_format* m_header = nullptr;
  lxw_format* m_wrap = nullptr;
  std::map<model::Status, lxw_format*> m_status;
  std::set<std::string> m_names{"summary", "inputs"};
};

std::string lines(const std::vector<EvidenceLine>& ev, bool urls) {
  std::string out;
  for (const auto& e : ev) {
    if (!out.empty()) out += "\n";
    if (urls)
      out += fmt::format("{}: {}{}", e.source_id.empty() ? e.claim_id : e.source_id, e.source,
                         e.url.empty() ? "" : " <" + e.url + ">");
    else
      out +=
          fmt::format("{}{}{} ({}, {})", e.quoted ? "\u201C" : "", e.text, e.quoted ? "\u201D" : "",
                      e.source_id.empty() ? e.claim_id : e.source_id, e.date);
  }
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : "\n") + s;
  return out;
}

void Book::summary() {
  lxw_worksheet* ws = add_sheet("Summary");
  std::vector<std::pair<std::string, double>> cols{{"company", 20}, {"framework", 30}};
  for (const auto& s : kStatusStyles)
    cols.emplace_back(std::string(model::to_string(s.status)), 14);
  cols.emplace_back("contested", 11);
  cols.emplace_back("overdue", 10);
  lxw_row_t row = 0;
  for (const auto& cr : m_run.results.companies)
    for (int fw : m_run.frameworks) {
      const auto& c = m_run.ws.companies[static_cast<std::size_t>(cr.company)];
      std::map<model::Status, int> counts;
      int contested = 0, overdue = 0;
      for (const auto& f : cr.findings) {
        if (f.framework != fw || !listed(m_run.ws, f)) continue;
        ++counts[f.status];
        contested += f.flags.has(model::Flag::kContested);
        overdue += f.flags.has(model::Flag::kOverdue);
      }
      ++row;
      text(ws, row, 0, c.name.empty() ? c.id : c.name);
      text(ws, row, 1, m_run.ws.frameworks[static_cast<std::size_t>(fw)].title);
      lxw_col_t col = 2;
      for (const auto& s : kStatusStyles)
        worksheet_write_number(ws, row, col++, counts[s.status], m_status[s.status]);
      worksheet_write_number(ws, row, col++, contested, nullptr);
      worksheet_write_number(ws, row, col, overdue, nullptr);
    }
  header(ws, cols, row);
  text(ws, row + 2, 0,
       fmt::format("ungap {}, as of {}: {}", util::kVersion, m_run.results.as_of.str(),
                   summary_line(m_run)),
       nullptr);
}

void Book::framework(int fw_index) {
  const auto& fw = m_run.ws.frameworks[static_cast<std::size_t>(fw_index)];
  lxw_worksheet* ws = add_sheet(sheet_name(fw.id));
  lxw_row_t row = 0;
  for (const auto& cr : m_run.results.companies) {
    const auto& c = m_run.ws.companies[static_cast<std::size_t>(cr.company)];
    std::vector<const model::Finding*> findings;
    for (const auto& f : cr.findings)
      if (f.framework == fw_index && listed(m_run.ws, f)) findings.push_back(&f);
    sort_by_salience(c, findings);
    for (const auto* fp : findings) {
      const auto& f = *fp;
      const auto& o = obligation_of(m_run.ws, f);
      auto ev = evidence(m_run.ws, c, f);
      std::string values[] = {c.id,
                              o.full_id,
                              o.title,
                              std::string(model::to_string(f.status)),
                              "",
                              std::string(model::to_string(f.severity)),
                              flags_text(f.flags),
                              rules_text(m_run.ws, f),
                              lines(ev, false),
                              lines(ev, true),
                              joined(missing(m_run.ws, f)),
                              lines(contest_evidence(m_run.ws, c, f), false),
                              derived_text(f),
                              impacts_text(c, f)};
      ++row;
      for (lxw_col_t col = 0; col < std::size(values); ++col)
        text(ws, row, col, values[col], col == 3 ? m_status[f.status] : nullptr);
      if (std::string score = score_text(f); !score.empty())
        worksheet_write_number(ws, row, 4, rounded_score(f.score), nullptr);
    }
  }
  std::vector<std::pair<std::string, double>> cols;
  for (auto [name, width] : kColumns) cols.emplace_back(name, width);
  header(ws, cols, row);
}

void Book::pivot_sheet(GroupBy by) {
  std::string name = "By " + std::string(group_by_name(by));
  lxw_worksheet* ws = workbook_add_worksheet(m_wb, sheet_name(name).c_str());
  lxw_row_t row = 0;
  for (const auto& g : pivot(m_run, by))
    for (const auto& r : g.rows) {
      ++row;
      const std::string values[] = {g.key,
                                    r.company,
                                    r.impact,
                                    r.severity,
                                    r.involvement,
                                    r.obligation,
                                    r.title,
                                    std::string(model::to_string(r.status)),
                                    "",
                                    r.flags};
      for (lxw_col_t col = 0; col < std::size(values); ++col)
        text(ws, row, col, values[col], col == 7 ? m_status[r.status] : nullptr);
      worksheet_write_number(ws, row, 8, rounded_score(r.score), nullptr);
    }
  header(ws,
         {{std::string(group_by_name(by)), 24},
          {"company", 14},
          {"impact", 24},
          {"severity", 36},
          {"involvement", 16},
          {"obligation", 22},
          {"title", 40},
          {"status", 14},
          {"score", 8},
          {"flags", 16}},
         row);
}

void Book::inputs() {
  lxw_worksheet* ws = add_sheet("Inputs");
  lxw_row_t row = 0;
  for (const auto& in : m_run.ws.inputs) {
    ++row;
    text(ws, row, 0, in.path, nullptr);
    text(ws, row, 1, in.sha256, nullptr);
  }
  header(ws, {{"path", 50}, {"sha256", 70}}, row);
}

// Builds a workbook in a temporary file with `fill` and returns its bytes.
template <typename Fill>
std::string workbook_bytes(const Run& run, Fill fill) {
  std::string pattern = (std::filesystem::temp_directory_path() / "ungap-xlsx-XXXXXX").string();
  int fd = mkstemp(pattern.data());
  if (fd < 0) throw std::runtime_error("cannot create a temporary file for the XLSX report");
  close(fd);
  struct Remove {
    std::string path;
    ~Remove() { std::filesystem::remove(path); }
  } remove{pattern};
  Book book(pattern, run);
  fill(book);
  std::ifstream in(pattern, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

std::string write_xlsx(const Run& run, const WriteOptions&) {
  return workbook_bytes(run, [](Book& b) { b.write(); });
}

std::string write_pivot_xlsx(const Run& run, GroupBy by) {
  return workbook_bytes(run, [by](Book& b) { b.write_pivot(by); });
}

}  // namespace ungap::report
