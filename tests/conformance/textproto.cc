#include "textproto.h"

#include <algorithm>

#include "util/utf8.h"

namespace ungap::conformance {

const TextNode* TextNode::find(std::string_view field) const {
  for (const TextNode& c : children) {
    if (c.name == field) return &c;
  }
  return nullptr;
}

std::vector<const TextNode*> TextNode::all(std::string_view field) const {
  std::vector<const TextNode*> out;
  for (const TextNode& c : children) {
    if (c.name == field) out.push_back(&c);
  }
  return out;
}

std::string TextNode::string_or(std::string_view field, std::string fallback) const {
  const TextNode* n = find(field);
  return n ? n->scalar : fallback;
}

namespace {

struct Failure {
  std::string message;
};

class Reader {
 public:
  explicit Reader(std::string_view text) : m_text(text) {}

  TextNode document() {
    TextNode root;
    root.is_message = true;
    fields(root, '\0');
    return root;
  }

  int line() const {
    return 1 + static_cast<int>(std::count(m_text.begin(), m_text.begin() + m_pos, '\n'));
  }

 private:
  [[noreturn]] void fail(const std::string& message) { throw Failure{message}; }

  void skip() {
    while (m_pos < m_text.size()) {
      char c = m_text[m_pos];
      if (c == '#') {
        while (m_pos < m_text.size() && m_text[m_pos] != '\n') ++m_pos;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++m_pos;
      } else {
        break;
      }
    }
  }

  char peek() {
    skip();
    return m_pos < m_text.size() ? m_text[m_pos] : '\0';
  }

  static bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-' ||
           c == '+';
  }

  std::string word() {
    std::size_t start = m_pos;
    while (m_pos < m_text.size() && word_char(m_text[m_pos])) ++m_pos;
    if (start == m_pos) fail(std::string("unexpected '") + m_text[m_pos] + "'");
    return std::string(m_text.substr(start, m_pos - start));
  }

  void fields(TextNode& parent, char close) {
    while (true) {
      char c = peek();
      if (c == close) {
        if (close != '\0') ++m_pos;
        return;
      }
      if (c == '\0') fail("unexpected end of file");
      field(parent);
      c = peek();
      if (c == ',' || c == ';') ++m_pos;
    }
  }

  void field(TextNode& parent) {
    std::string name;
    if (peek() == '[') {
      std::size_t end = m_text.find(']', m_pos);
      if (end == std::string_view::npos) fail("unterminated extension name");
      name = std::string(m_text.substr(m_pos, end + 1 - m_pos));
      m_pos = end + 1;
    } else {
      name = word();
    }
    bool colon = peek() == ':';
    if (colon) ++m_pos;
    if (peek() == '[') {
      ++m_pos;
      while (peek() != ']') {
        value(parent, name);
        if (peek() == ',') ++m_pos;
      }
      ++m_pos;
      return;
    }
    value(parent, name);
  }

  void value(TextNode& parent, const std::string& name) {
    TextNode node;
    node.name = name;
    char c = peek();
    if (c == '{' || c == '<') {
      ++m_pos;
      node.is_message = true;
      fields(node, c == '{' ? '}' : '>');
    } else if (c == '"' || c == '\'') {
      node.is_string = true;
      while (peek() == '"' || peek() == '\'') node.scalar += quoted();
    } else {
      node.scalar = word();
    }
    parent.children.push_back(std::move(node));
  }

  std::string quoted() {
    char quote = m_text[m_pos++];
    std::string out;
    while (true) {
      if (m_pos >= m_text.size() || m_text[m_pos] == '\n') fail("unterminated string");
      char c = m_text[m_pos++];
      if (c == quote) return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      escape(out);
    }
  }

  int digits(int base, int max) {
    int value = 0, n = 0;
    while (n < max && m_pos < m_text.size()) {
      char c = m_text[m_pos];
      int d = std::isdigit(static_cast<unsigned char>(c))    ? c - '0'
              : std::isxdigit(static_cast<unsigned char>(c)) ? (c | 0x20) - 'a' + 10
                                                             : 99;
      if (d >= base) break;
      value = value * base + d;
      ++m_pos;
      ++n;
    }
    if (n == 0) fail("bad escape");
    return value;
  }

  static void utf8(std::string& out, unsigned cp) { ungap::util::append_utf8(out, cp); }

  void escape(std::string& out) {
    if (m_pos >= m_text.size()) fail("bad escape");
    char c = m_text[m_pos++];
    static constexpr std::string_view kFrom = "ntr\\'\"abfv?";
    static constexpr std::string_view kTo = "\n\t\r\\'\"\a\b\f\v?";
    if (auto i = kFrom.find(c); i != std::string_view::npos) {
      out += kTo[i];
    } else if (c >= '0' && c <= '7') {
      --m_pos;
      out += static_cast<char>(digits(8, 3));  // octal escapes are bytes
    } else if (c == 'x' || c == 'X') {
      out += static_cast<char>(digits(16, 2));
    } else if (c == 'u') {
      utf8(out, digits(16, 4));
    } else if (c == 'U') {
      utf8(out, digits(16, 8));
    } else {
      fail(std::string("bad escape '\\") + c + "'");
    }
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
};

}  // namespace

TextParseResult parse_textproto(std::string_view text) {
  Reader reader(text);
  try {
    return {reader.document(), ""};
  } catch (const Failure& f) {
    return {std::nullopt, "line " + std::to_string(reader.line()) + ": " + f.message};
  }
}

}  // namespace ungap::conformance
