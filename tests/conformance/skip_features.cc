#include "skip_features.h"

#include <algorithm>
#include <array>

#include "expr/lexer.h"

namespace ungap::conformance {

using expr::Token;
using expr::TokenKind;

const std::vector<Feature>& unsupported_features() {
  static const std::vector<Feature> table = {
      {"uint", "no unsigned integers: uint literals (1u), uint() and uint64 values"},
      {"bytes", "no bytes: b'..' literals, bytes() and bytes values"},
      {"duration", "no durations: duration(), duration arithmetic and values"},
      {"protobuf",
       "no protocol-buffer messages: containers, message construction, "
       "google.protobuf.* types, wrapper and enum values"},
      {"type values", "no type values: type(), int/string/... used as values, type_value"},
      {"optional", "no optional types: optional.*, ?. and [?], hasValue(), orValue()"},
      {"time zones", "timestamp accessors with a time-zone argument (UTC only)"},
      {"unknowns", "no partial evaluation: unknown and any_unknowns results"},
      {"custom functions", "tests declaring their own functions in type_env"},
      {"disabled macros", "macros are always on (disable_macros)"},
      {"typed results", "typed_result matchers check deduced types in CEL's own type syntax"},
  };
  return table;
}

namespace {

// Identifiers that, used as a value rather than called, denote a CEL type.
constexpr std::array<std::string_view, 9> kTypeNames = {
    "int", "uint", "double", "string", "bool", "bytes", "list", "map", "null_type"};
constexpr std::array<std::string_view, 10> kAccessors = {
    "getFullYear",  "getMonth", "getDate",    "getDayOfMonth", "getDayOfWeek",
    "getDayOfYear", "getHours", "getMinutes", "getSeconds",    "getMilliseconds"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& a, std::string_view s) {
  return std::find(a.begin(), a.end(), s) != a.end();
}

std::vector<Token> tokens(std::string_view text) {
  std::vector<Token> out;
  expr::Lexer lexer(text);
  while (true) {
    out.push_back(lexer.next());
    if (out.back().kind == TokenKind::kEnd || out.back().kind == TokenKind::kError) return out;
  }
}

std::string_view ident_feature(const std::vector<Token>& t, std::size_t i) {
  std::string_view word = t[i].text;
  bool called = i + 1 < t.size() && t[i + 1].kind == TokenKind::kLParen;
  bool after_dot = i > 0 && t[i - 1].kind == TokenKind::kDot;
  if (word == "uint") return "uint";
  if (word == "bytes") return "bytes";
  if (word == "duration") return "duration";
  if (word == "google" || word == "TestAllTypes" || word == "NestedTestAllTypes") return "protobuf";
  if (word == "optional" || word == "hasValue" || word == "orValue") return "optional";
  if (word == "type" || (!called && !after_dot && contains(kTypeNames, word))) return "type values";
  if (i + 1 < t.size() && t[i + 1].kind == TokenKind::kLBrace) return "protobuf";
  if (after_dot && called && contains(kAccessors, word) && t[i + 2].kind != TokenKind::kRParen) {
    return "time zones";
  }
  return "";
}

std::string_view expression_feature(std::string_view text) {
  std::vector<Token> t = tokens(text);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind == TokenKind::kUint) return "uint";
    if (t[i].kind == TokenKind::kBytes) return "bytes";
    bool optional_syntax = (t[i].kind == TokenKind::kDot || t[i].kind == TokenKind::kLBracket) &&
                           i + 1 < t.size() && t[i + 1].kind == TokenKind::kQuestion;
    if (optional_syntax) return "optional";
    if (t[i].kind == TokenKind::kIdent) {
      if (auto f = ident_feature(t, i); !f.empty()) return f;
    }
  }
  return "";
}

// Features of an expected or bound value (a cel.expr.Value message).
std::string_view value_feature(const TextNode& v) {
  for (const TextNode& c : v.children) {
    if (c.name == "uint64_value") return "uint";
    if (c.name == "bytes_value") return "bytes";
    if (c.name == "type_value") return "type values";
    if (c.name == "enum_value") return "protobuf";
    if (c.name == "object_value") {
      bool timestamp = c.children.size() == 1 &&
                       c.children[0].name.find("google.protobuf.Timestamp]") != std::string::npos;
      if (!timestamp)
        return c.children.empty() || c.children[0].name.find("Duration") == std::string::npos
                   ? "protobuf"
                   : "duration";
    }
    if (c.is_message) {
      if (auto f = value_feature(c); !f.empty()) return f;
    }
  }
  return "";
}

std::string_view type_feature(const TextNode& type) {
  for (const TextNode& c : type.children) {
    if (c.scalar == "UINT64") return "uint";
    if (c.scalar == "BYTES") return "bytes";
    if (c.name == "message_type" || c.name == "wrapper" || c.name == "well_known") {
      return c.scalar.find("Duration") != std::string::npos ? "duration" : "protobuf";
    }
    if (c.is_message) {
      if (auto f = type_feature(c); !f.empty()) return f;
    }
  }
  return "";
}

}  // namespace

std::string_view unsupported_feature(const TextNode& test) {
  for (const TextNode& c : test.children) {
    std::string_view f;
    if (c.name == "expr") f = expression_feature(c.scalar);
    if (c.name == "container" && !c.scalar.empty()) f = "protobuf";
    if (c.name == "disable_macros" && c.scalar == "true") f = "disabled macros";
    if (c.name == "unknown" || c.name == "any_unknowns") f = "unknowns";
    if (c.name == "typed_result") f = "typed results";
    if (c.name == "value" || c.name == "bindings") f = value_feature(c);
    if (c.name == "type_env") f = c.find("function") ? "custom functions" : type_feature(c);
    if (!f.empty()) return f;
  }
  return "";
}

}  // namespace ungap::conformance
