#include "expr/lexer.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>

#include "util/utf8.h"

namespace ungap::expr {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_ident_start(char c) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ident_char(char c) {
  return is_ident_start(c) || is_digit(c);
}

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  return (c | 0x20) - 'a' + 10;
}

struct Punct {
  std::string_view text;
  TokenKind kind;
};

// Longest first, so "<=" wins over "<".
constexpr Punct kPunctuation[] = {
    {"==", TokenKind::kEq},      {"!=", TokenKind::kNe},    {"<=", TokenKind::kLe},
    {">=", TokenKind::kGe},      {"&&", TokenKind::kAnd},   {"||", TokenKind::kOr},
    {"(", TokenKind::kLParen},   {")", TokenKind::kRParen}, {"[", TokenKind::kLBracket},
    {"]", TokenKind::kRBracket}, {"{", TokenKind::kLBrace}, {"}", TokenKind::kRBrace},
    {".", TokenKind::kDot},      {",", TokenKind::kComma},  {":", TokenKind::kColon},
    {"?", TokenKind::kQuestion}, {"+", TokenKind::kPlus},   {"-", TokenKind::kMinus},
    {"*", TokenKind::kStar},     {"/", TokenKind::kSlash},  {"%", TokenKind::kPercent},
    {"!", TokenKind::kBang},     {"<", TokenKind::kLt},     {">", TokenKind::kGt},
};

}  // namespace

std::string describe(const Token& token) {
  if (token.kind == TokenKind::kEnd) return "end of expression";
  return fmt::format("'{}'", token.text);
}

void Lexer::skip_space() {
  while (m_pos < m_text.size()) {
    char c = m_text[m_pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      ++m_pos;
    } else if (c == '/' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '/') {
      while (m_pos < m_text.size() && m_text[m_pos] != '\n') ++m_pos;
    } else {
      break;
    }
  }
}

Token Lexer::make(TokenKind kind, std::size_t start, std::size_t length) {
  Token t;
  t.kind = kind;
  t.offset = start;
  t.text = m_text.substr(start, length);
  m_pos = start + length;
  return t;
}

Token Lexer::error(std::size_t offset, std::string message) {
  Token t;
  t.kind = TokenKind::kError;
  t.offset = offset;
  t.text = m_text.substr(offset, 1);
  t.string = std::move(message);
  m_pos = m_text.size();
  return t;
}

Token Lexer::next() {
  skip_space();
  if (m_pos >= m_text.size()) return make(TokenKind::kEnd, m_text.size(), 0);
  char c = m_text[m_pos];
  if (is_digit(c) || (c == '.' && m_pos + 1 < m_text.size() && is_digit(m_text[m_pos + 1]))) {
    return number();
  }
  if (is_ident_start(c)) return identifier();
  if (c == '"' || c == '\'') return string_literal(m_pos, false, false);
  if (c == '`') return quoted_identifier();
  return punctuation();
}

Token Lexer::punctuation() {
  std::string_view rest = m_text.substr(m_pos);
  for (const Punct& p : kPunctuation) {
    if (rest.starts_with(p.text)) return make(p.kind, m_pos, p.text.size());
  }
  unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
  // `claim.kind = 'action'`: a single '=' is a comparison slip, never an assignment in CEL.
  if (c == '=') return error(m_pos, "unexpected '='; to compare, write '=='");
  if (c < 0x20 || c >= 0x7F) return error(m_pos, fmt::format("unexpected character 0x{:02x}", c));
  return error(m_pos, fmt::format("unexpected character '{}'", static_cast<char>(c)));
}

Token Lexer::identifier() {
  std::size_t start = m_pos;
  std::size_t end = start;
  while (end < m_text.size() && is_ident_char(m_text[end])) ++end;
  std::string_view word = m_text.substr(start, end - start);
  // String prefixes: r'..' raw, b'..' bytes, and their combinations.
  if (end < m_text.size() && (m_text[end] == '"' || m_text[end] == '\'') && word.size() <= 2) {
    bool raw = word.find_first_of("rR") != std::string_view::npos;
    bool bytes = word.find_first_of("bB") != std::string_view::npos;
    if (word.size() == static_cast<std::size_t>(raw) + static_cast<std::size_t>(bytes)) {
      m_pos = end;
      return string_literal(start, raw, bytes);
    }
  }
  return make(word == "in" ? TokenKind::kIn : TokenKind::kIdent, start, end - start);
}

// `name with-any.chars`: a field name that is not an identifier, valid after a dot.
Token Lexer::quoted_identifier() {
  std::size_t end = m_text.find('`', m_pos + 1);
  if (end == std::string_view::npos) return error(m_pos, "unterminated quoted field name");
  Token t = make(TokenKind::kQuotedIdent, m_pos, end + 1 - m_pos);
  t.string = std::string(t.text.substr(1, t.text.size() - 2));
  return t;
}

Token Lexer::number() {
  std::size_t start = m_pos;
  std::size_t p = m_pos;
  if (m_text.substr(p).starts_with("0x") || m_text.substr(p).starts_with("0X")) {
    p += 2;
    std::size_t digits = p;
    while (p < m_text.size() && is_hex(m_text[p])) ++p;
    if (p == digits) return error(start, "hexadecimal literal needs digits after '0x'");
  } else {
    while (p < m_text.size() && is_digit(m_text[p])) ++p;
  }
  bool is_double = false;
  bool hex = p - start > 1 && (m_text[start + 1] == 'x' || m_text[start + 1] == 'X');
  if (!hex && p + 1 < m_text.size() && m_text[p] == '.' && is_digit(m_text[p + 1])) {
    is_double = true;
    for (++p; p < m_text.size() && is_digit(m_text[p]);) ++p;
  }
  if (!hex && p < m_text.size() && (m_text[p] == 'e' || m_text[p] == 'E')) {
    std::size_t e = p + 1;
    if (e < m_text.size() && (m_text[e] == '+' || m_text[e] == '-')) ++e;
    if (e >= m_text.size() || !is_digit(m_text[e])) return error(p, "exponent needs digits");
    while (e < m_text.size() && is_digit(m_text[e])) ++e;
    p = e;
    is_double = true;
  }
  if (is_double) {
    Token t = make(TokenKind::kDouble, start, p - start);
    t.double_value = std::strtod(std::string(t.text).c_str(), nullptr);
    return t;
  }
  bool is_uint = p < m_text.size() && (m_text[p] == 'u' || m_text[p] == 'U');
  Token t = make(is_uint ? TokenKind::kUint : TokenKind::kInt, start, p - start + is_uint);
  std::string digits(m_text.substr(start, p - start));
  errno = 0;
  t.int_value = std::strtoull(digits.c_str(), nullptr, hex ? 16 : 10);
  t.int_overflow = errno == ERANGE;
  return t;
}

Token Lexer::string_literal(std::size_t start, bool raw, bool bytes) {
  char quote = m_text[m_pos];
  bool triple = m_text.substr(m_pos).starts_with(std::string(3, quote));
  std::size_t delimiter = triple ? 3 : 1;
  std::string_view closing = m_text.substr(m_pos, delimiter);
  std::size_t p = m_pos + delimiter;
  std::string value;
  while (true) {
    if (p >= m_text.size()) return error(start, "unterminated string literal");
    if (m_text.substr(p).starts_with(closing)) break;
    char c = m_text[p];
    if (!triple && (c == '\n' || c == '\r')) return error(start, "unterminated string literal");
    if (c == '\\' && !raw) {
      m_pos = p;
      std::string message;
      if (!escape(value, message)) return error(p, message);
      p = m_pos;
      continue;
    }
    if (c == '\\' && raw && p + 1 < m_text.size()) {
      // A raw string keeps the backslash, yet \' still does not end it.
      value += c;
      value += m_text[++p];
      ++p;
      continue;
    }
    value += c;
    ++p;
  }
  Token t = make(bytes ? TokenKind::kBytes : TokenKind::kString, start, p + delimiter - start);
  t.string = std::move(value);
  return t;
}

// Decodes one escape sequence at m_pos (a backslash) into `out`, advancing m_pos.
bool Lexer::escape(std::string& out, std::string& message) {
  std::size_t p = m_pos + 1;
  if (p >= m_text.size()) {
    message = "unterminated string literal";
    return false;
  }
  char c = m_text[p];
  static constexpr std::string_view kSimple = "abfnrtv\\'\"`?";
  static constexpr std::string_view kDecoded = "\a\b\f\n\r\t\v\\'\"`?";
  if (auto i = kSimple.find(c); i != std::string_view::npos) {
    out += kDecoded[i];
    m_pos = p + 1;
    return true;
  }
  int width = c == 'x' || c == 'X' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
  std::uint32_t cp = 0;
  if (width > 0) {
    for (int i = 1; i <= width; ++i) {
      if (p + i >= m_text.size() || !is_hex(m_text[p + i])) {
        message = fmt::format("invalid escape '\\{}': expected {} hexadecimal digits", c, width);
        return false;
      }
      cp = cp * 16 + hex_value(m_text[p + i]);
    }
    m_pos = p + 1 + width;
  } else if (c >= '0' && c <= '3') {
    for (int i = 0; i < 3; ++i) {
      if (p + i >= m_text.size() || m_text[p + i] < '0' || m_text[p + i] > '7') {
        message = "invalid octal escape: expected three octal digits";
        return false;
      }
      cp = cp * 8 + (m_text[p + i] - '0');
    }
    m_pos = p + 3;
  } else {
    message = fmt::format("invalid escape '\\{}'", c);
    return false;
  }
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
    message = fmt::format("invalid code point U+{:04X} in escape", cp);
    return false;
  }
  util::append_utf8(out, cp);
  return true;
}

}  // namespace ungap::expr
