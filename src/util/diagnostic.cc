#include "util/diagnostic.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "util/single_line.h"
#include "util/utf8.h"

namespace ungap::util {

const char* severity_name(Severity s) {
  return s == Severity::kError ? "error" : "warning";
}

bool operator<(const Diagnostic& a, const Diagnostic& b) {
  if (a.loc < b.loc) return true;
  if (b.loc < a.loc) return false;
  return std::tie(a.message, a.code, a.severity) < std::tie(b.message, b.code, b.severity);
}

static bool same(const Diagnostic& a, const Diagnostic& b) {
  return !(a < b) && !(b < a);
}

void Diagnostics::error(const Location& loc, std::string message, std::string code) {
  add({Severity::kError, loc, std::move(message), std::move(code)});
}

void Diagnostics::warning(const Location& loc, std::string message, std::string code) {
  add({Severity::kWarning, loc, std::move(message), std::move(code)});
}

void Diagnostics::add(Diagnostic d) {
  // Messages quote input text; a line break in it must not start a line of its own in any
  // output (text, JSON, SARIF, GitHub annotations).
  d.message = single_line(d.message);
  std::lock_guard lock(m_mutex);
  m_items.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
  for (auto& d : other.sorted()) add(d);
  std::lock_guard lock(other.m_mutex);
  for (const auto& f : other.m_files) retain(f);
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> items;
  {
    std::lock_guard lock(m_mutex);
    items = m_items;
  }
  std::stable_sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end(), same), items.end());
  return items;
}

std::size_t Diagnostics::error_count() const {
  auto items = sorted();
  return std::count_if(items.begin(), items.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

std::size_t Diagnostics::warning_count() const {
  auto items = sorted();
  return items.size() - error_count();
}

void Diagnostics::retain(std::shared_ptr<const SourceFile> file) {
  std::lock_guard lock(m_mutex);
  m_files.push_back(std::move(file));
}

bool Diagnostics::empty() const {
  std::lock_guard lock(m_mutex);
  return m_items.empty();
}

// The caret line copies the tabs of the source line so the caret lines up in any terminal, and
// gives one space per character, not per byte, since columns count bytes (é is two).
static std::string caret_line(std::string_view line, uint32_t col) {
  std::string out;
  for (uint32_t i = 1; i < col && i - 1 < line.size(); ++i) {
    char c = line[i - 1];
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    out += c == '\t' ? '\t' : ' ';
  }
  return out + '^';
}

// Control characters (a NUL in binary junk, an escape sequence) would reach the terminal;
// each becomes '?', and a line break U+0085, U+2028 or U+2029 becomes a visible character of
// the same length (¶ or ␤), keeping byte columns for the caret.
static std::string printable(std::string line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    auto u = static_cast<unsigned char>(line[i]);
    if ((u < 0x20 && line[i] != '\t') || u == 0x7F) line[i] = '?';
    if (line.compare(i, 2, "\xC2\x85") == 0) line.replace(i, 2, "\xC2\xB6");
    if (line.compare(i, 3, "\xE2\x80\xA8") == 0 || line.compare(i, 3, "\xE2\x80\xA9") == 0)
      line.replace(i, 3, "\xE2\x90\xA4");
  }
  return line;
}

static bool continuation(std::string_view s, std::size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// A huge line (a minified file, a giant scalar) is shown as a window of about 120 bytes around
// the column, cut on character boundaries; `col` is moved to match.
static std::string window(std::string_view line, uint32_t& col) {
  constexpr std::size_t kHalf = 60;
  if (line.size() <= 2 * kHalf) return std::string(line);
  std::size_t start = col > kHalf ? col - kHalf : 0;
  while (start > 0 && continuation(line, start)) --start;
  std::size_t end = std::min(line.size(), start + 2 * kHalf);
  while (end < line.size() && continuation(line, end)) ++end;
  std::string prefix = start > 0 ? "... " : "";
  col = static_cast<uint32_t>(col - start + prefix.size());
  return prefix + std::string(line.substr(start, end - start));
}

std::string render_text(const Diagnostic& d) {
  std::string out =
      fmt::format("{}: {}: {}", single_line(d.loc.str()), severity_name(d.severity),
                  single_line(d.message));  // also for diagnostics not collected by add()
  if (!d.code.empty()) out += fmt::format(" [{}]", d.code);
  out += '\n';
  if (d.loc.file && d.loc.line > 0 && d.loc.line <= d.loc.file->line_count()) {
    // The line of a file rejected for invalid UTF-8 is still shown, as valid UTF-8.
    std::string whole = printable(replace_invalid_utf8(d.loc.file->line(d.loc.line)));
    uint32_t col = d.loc.col;
    std::string shown = window(whole, col);
    out += fmt::format("{}\n{}\n", shown, caret_line(shown, col));
  }
  return out;
}

static std::string plural(std::size_t n, const char* word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string count_summary(std::size_t errors, std::size_t warnings) {
  if (errors == 0 && warnings == 0) return "no problems";
  if (warnings == 0) return plural(errors, "error");
  if (errors == 0) return plural(warnings, "warning");
  return plural(errors, "error") + ", " + plural(warnings, "warning");
}

}  // namespace ungap::util
