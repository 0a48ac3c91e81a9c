#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ungap::conformance {

// One field of a protocol-buffer text-format message: a scalar (string, number or enum
// identifier) or a nested message. Repeated fields appear as several nodes with one name.
// Extension and Any fields ([type.googleapis.com/x.Y] {...}) keep their bracketed name.
struct TextNode {
  std::string name;
  bool is_message = false;
  bool is_string = false;  // the scalar was a quoted string (decoded)
  std::string scalar;
  std::vector<TextNode> children;

  const TextNode* find(std::string_view field) const;
  std::vector<const TextNode*> all(std::string_view field) const;
  std::string string_or(std::string_view field, std::string fallback) const;
};

struct TextParseResult {
  std::optional<TextNode> root;  // a message node named ""
  std::string error;             // "line N: message" when root is empty
};

// Reads the subset of the text format the cel-spec test files use: fields with or without
// ':', nested messages in {} or <>, [..] value lists, quoted strings with C escapes (adjacent
// strings concatenate), numbers, identifiers, ',' and ';' separators, and # comments.
TextParseResult parse_textproto(std::string_view text);

}  // namespace ungap::conformance
