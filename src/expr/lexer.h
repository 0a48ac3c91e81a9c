#pragma once

#include <string_view>

#include "expr/token.h"

namespace ungap::expr {

// Splits expression text into tokens on demand; whitespace and // comments are skipped.
class Lexer {
 public:
  explicit Lexer(std::string_view text) : m_text(text) {}

  Token next();

 private:
  void skip_space();
  Token make(TokenKind kind, std::size_t start, std::size_t length);
  Token error(std::size_t offset, std::string message);
  Token number();
  Token identifier();
  Token quoted_identifier();
  Token string_literal(std::size_t start, bool raw, bool bytes);
  bool escape(std::string& out, std::string& message);
  Token punctuation();

  std::string_view m_text;
  std::size_t m_pos = 0;
};

}  // namespace ungap::expr
