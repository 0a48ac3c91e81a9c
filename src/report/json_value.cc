#include "report/json_value.h"

#include <fmt/format.h>

#include <cstdlib>

#include "util/utf8.h"

namespace ungap::report {

const JsonValue& JsonValue::operator[](std::string_view key) const {
  static const JsonValue kNull;
  for (const auto& [k, v] : m_members)
    if (k == key) return v;
  return kNull;
}

std::optional<double> JsonValue::number() const {
  if (m_type != Type::kNumber) return std::nullopt;
  return m_number;
}

// Recursive descent over the text; throws a message with the offset on the first error.
class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : m_text(text) {}

  JsonValue document() {
    JsonValue v = value(0);
    skip_space();
    if (m_pos != m_text.size()) fail("text after the JSON value");
    return v;
  }

 private:
  static constexpr int kMaxDepth = 64;  // ungap's reports nest about ten deep

  [[noreturn]] void fail(std::string_view what) const {
    throw std::runtime_error(fmt::format("offset {}: {}", m_pos, what));
  }
  void skip_space() {
    while (m_pos < m_text.size() &&
           std::string_view(" \t\r\n").find(m_text[m_pos]) != std::string_view::npos)
      ++m_pos;
  }
  bool eat(char c) {
    skip_space();
    if (m_pos < m_text.size() && m_text[m_pos] == c) return ++m_pos, true;
    return false;
  }
  void expect(char c) {
    if (!eat(c)) fail(fmt::format("expected '{}'", c));
  }
  bool literal(std::string_view word) {
    if (m_text.substr(m_pos, word.size()) != word) return false;
    m_pos += word.size();
    return true;
  }

  JsonValue value(int depth) {
    if (depth > kMaxDepth) fail("nested too deeply");
    skip_space();
    if (m_pos >= m_text.size()) fail("unexpected end of input");
    JsonValue v;
    char c = m_text[m_pos];
    if (c == '{') return object(depth);
    if (c == '[') return array(depth);
    if (c == '"') {
      v.m_type = JsonValue::Type::kString;
      v.m_string = string();
    } else if (literal("true") || literal("false")) {
      v.m_type = JsonValue::Type::kBool;
      v.m_bool = c == 't';
    } else if (literal("null")) {
    } else {
      v.m_type = JsonValue::Type::kNumber;
      v.m_number = number();
    }
    return v;
  }

  JsonValue object(int depth) {
    JsonValue v;
    v.m_type = JsonValue::Type::kObject;
    expect('{');
    if (eat('}')) return v;
    do {
      skip_space();
      if (m_pos >= m_text.size() || m_text[m_pos] != '"') fail("expected a key");
      std::string key = string();
      expect(':');
      v.m_members.emplace_back(std::move(key), value(depth + 1));
    } while (eat(','));
    expect('}');
    return v;
  }

  JsonValue array(int depth) {
    JsonValue v;
    v.m_type = JsonValue::Type::kArray;
    expect('[');
    if (eat(']')) return v;
    do v.m_items.push_back(value(depth + 1));
    while (eat(','));
    expect(']');
    return v;
  }

  double number() {
    std::size_t start = m_pos;
    while (m_pos < m_text.size() &&
           std::string_view("+-.eE0123456789").find(m_text[m_pos]) != std::string_view::npos)
      ++m_pos;
    std::string digits(m_text.substr(start, m_pos - start));
    char* end = nullptr;
    double d = std::strtod(digits.c_str(), &end);
    if (digits.empty() || end != digits.c_str() + digits.size()) fail("not a JSON value");
    return d;
  }

  unsigned hex4() {
    if (m_pos + 4 > m_text.size()) fail("short \\u escape");
    unsigned cp = 0;
    for (int i = 0; i < 4; ++i) {
      char h = m_text[m_pos++];
      int d = h >= '0' && h <= '9'   ? h - '0'
              : h >= 'a' && h <= 'f' ? h - 'a' + 10
              : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                     : -1;
      if (d < 0) fail("bad \\u escape");
      cp = cp * 16 + static_cast<unsigned>(d);
    }
    return cp;
  }

  static void append_utf8(std::string& out, unsigned cp) { util::append_utf8(out, cp); }

  unsigned code_point() {
    unsigned cp = hex4();
    if (cp >= 0xD800 && cp < 0xDC00 && literal("\\u")) {
      unsigned low = hex4();
      if (low < 0xDC00 || low > 0xDFFF) fail("bad surrogate pair");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    // A lone surrogate has no UTF-8 form; a control or bidirectional character would reach the
    // terminal through `diff`. ungap never writes either, so a report holding one is refused.
    if (cp >= 0xD800 && cp <= 0xDFFF) fail("lone surrogate in a \\u escape");
    std::string encoded;
    util::append_utf8(encoded, cp);
    if (cp != '\t' && cp != '\n' && cp != '\r' && util::find_unsafe_character(encoded))
      fail(fmt::format("\\u{:04X} is a control or bidirectional character", cp));
    return cp;
  }

  std::string string() {
    ++m_pos;  // the opening quote
    std::string out;
    while (true) {
      if (m_pos >= m_text.size()) fail("unterminated string");
      char c = m_text[m_pos++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) fail("control character in string");
      if (c != '\\') {
        out += c;
        continue;
      }
      if (m_pos >= m_text.size()) fail("unterminated string");
      char e = m_text[m_pos++];
      static constexpr std::string_view kFrom = "\"\\/bfnrt", kTo = "\"\\/\b\f\n\r\t";
      if (auto i = kFrom.find(e); i != std::string_view::npos)
        out += kTo[i];
      else if (e == 'u')
        append_utf8(out, code_point());
      else
        fail("bad escape");
    }
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
};

JsonParseResult parse_json(std::string_view text) {
  try {
    if (auto bad = util::find_invalid_utf8(text))
      return {std::nullopt, fmt::format("offset {}: invalid UTF-8", *bad)};
    if (auto bad = util::find_unsafe_character(text))
      return {std::nullopt,
              fmt::format("offset {}: a control or bidirectional character", bad->offset)};
    return {JsonParser(text).document(), ""};
  } catch (const std::runtime_error& e) {
    return {std::nullopt, e.what()};
  }
}

}  // namespace ungap::report
