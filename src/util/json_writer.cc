#include "util/json_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <iterator>

namespace ungap::util {

namespace {

// Which bytes a JSON string must escape: control characters, the quote and the backslash.
constexpr auto kEscaped = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = true;
  t['"'] = t['\\'] = true;
  return t;
}();

}  // namespace

// Appends `s` as a JSON string literal. Most strings need no escaping and are copied in one go.
static void append_quoted(std::string& out, std::string_view s) {
  out += '"';
  std::size_t run = 0;  // start of the stretch that needs no escaping
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (!kEscaped[c]) continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

std::string json_quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_quoted(out, s);
  return out;
}

void JsonWriter::newline() {
  if (!m_pretty || in_inline()) return;
  m_out += '\n';
  m_out.append(2 * depth(), ' ');
}

void JsonWriter::before_value() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (m_has_items.empty()) return;
  if (m_has_items.back()) m_out += ',';
  m_has_items.back() = true;
  newline();
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  m_out += '{';
  m_has_items.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  bool had = m_has_items.back();
  m_has_items.pop_back();
  // The closing bracket of a one-line container stays on its line.
  if (had && depth() < m_inline_depth) newline();
  m_out += '}';
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  m_out += '[';
  m_has_items.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  return end_object(), m_out.back() = ']', *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  append_quoted(m_out, k);
  m_out += m_pretty && !in_inline() ? ": " : ":";
  m_after_key = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  append_quoted(m_out, s);
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  before_value();
  m_out += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(int64_t n) {
  before_value();
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
  m_out.append(buf, end);
  return *this;
}

JsonWriter& JsonWriter::value(double d) {
  before_value();
  if (!std::isfinite(d))
    m_out += "null";
  else if (d == std::floor(d) && std::fabs(d) < 1e15)
    fmt::format_to(std::back_inserter(m_out), "{}", static_cast<int64_t>(d));
  else
    fmt::format_to(std::back_inserter(m_out), "{}", d);
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  m_out += "null";
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
  before_value();
  m_out += json;
  return *this;
}

JsonWriter& JsonWriter::string_array(std::string_view k, const std::vector<std::string>& items) {
  key(k).begin_array();
  for (const auto& s : items) value(s);
  return end_array();
}

}  // namespace ungap::util
