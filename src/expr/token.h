#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ungap::expr {

enum class TokenKind {
  kEnd,
  kError,  // a lexical error; `text` holds the message
  kIdent,
  kQuotedIdent,  // `field.name`; `string` holds the name
  kInt,          // `value` holds the digits' magnitude (the parser applies a leading minus)
  kUint,         // 1u: recognised only to reject it with a clear message
  kDouble,
  kString,
  kBytes,  // b'..': recognised only to reject it
  kLParen,
  kRParen,
  kLBracket,
  kRBracket,
  kLBrace,
  kRBrace,
  kDot,
  kComma,
  kColon,
  kQuestion,
  kPlus,
  kMinus,
  kStar,
  kSlash,
  kPercent,
  kBang,
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kAnd,
  kOr,
  kIn,
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::size_t offset = 0;
  std::string_view text;  // the source text of the token
  std::string string;     // decoded string literal, or the error message
  std::uint64_t int_value = 0;
  bool int_overflow = false;  // the literal exceeds 2^64 - 1
  double double_value = 0;
};

// "')'", "end of expression", "'foo'": how error messages name a token.
std::string describe(const Token& token);

}  // namespace ungap::expr
