#pragma once
// The workspace's vocabulary: the words claims and companies may use for topics, contexts,
// sectors, customers, products, rights and rights-holder groups, each with a definition. Rules
// match on these words, so a word nobody declared is a mistake that silently changes a verdict.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/intern.h"
#include "util/location.h"

namespace ungap::model {

enum class TermField : std::uint8_t {
  kTopic,
  kContext,
  kSector,
  kCustomer,
  kProduct,
  kRight,
  kRightsHolder
};
inline constexpr std::size_t kTermFieldCount = 7;

struct TermFieldInfo {
  TermField field;
  std::string_view section;   // the vocabulary file's key: "topics"
  std::string_view singular;  // in messages: "topic"
  std::string_view heading;   // in docs/vocabulary.md: "Topics"
  std::string_view used_in;   // where data uses it, for docs and `ungap schema`
};

// In the order of the vocabulary file and its document.
const std::array<TermFieldInfo, kTermFieldCount>& term_fields();
const TermFieldInfo& term_field(TermField f);

struct Term {
  std::string id;
  std::string definition;
  std::string group;  // a heading the document groups the term under; may be empty
  util::Location loc;
};

struct Vocabulary {
  bool present = false;                          // some vocabulary file was loaded
  std::array<bool, kTermFieldCount> declared{};  // the section was given, even empty
  std::array<std::vector<Term>, kTermFieldCount> terms;
  std::string title;
  std::string intro;     // markdown before the terms
  std::string guidance;  // markdown after them
  util::Location loc;

  const std::vector<Term>& of(TermField f) const { return terms[static_cast<std::size_t>(f)]; }
  bool checks(TermField f) const { return declared[static_cast<std::size_t>(f)]; }
  const Term* find(TermField f, std::string_view id) const;
};

// A word used in the data, once per file: where it first appears and how often. Uses are kept
// per distinct word, not per occurrence, so recording them costs little on large workspaces.
struct TermUse {
  util::Symbol term;
  util::Location first;
  std::uint32_t count = 0;
  TermField field;  // last, so it packs with count: 32 bytes a use
};

}  // namespace ungap::model
