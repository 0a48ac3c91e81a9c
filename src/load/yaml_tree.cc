#include "load/yaml_tree.h"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdlib>
#include <istream>
#include <streambuf>
#include <unordered_map>

#include "load/fast_yaml.h"
#include "load/input_checks.h"
#include "util/utf8.h"

namespace ungap::load {

const YNode* YNode::get(std::string_view k) const {
  for (std::size_t i = 0; i < pair_count(); ++i)
    if (key(i).is_scalar() && key(i).value == k) return &val(i);
  return nullptr;
}

const char* describe(const YNode& n) {
  switch (n.kind) {
    case YNode::Kind::kNull:
      return "null";
    case YNode::Kind::kScalar:
      return "a scalar";
    case YNode::Kind::kSequence:
      return "a list";
    case YNode::Kind::kMap:
      return "a mapping";
  }
  return "?";
}

namespace {

// Reads the file's bytes in place, without the copy an istringstream would make.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(const std::string& s) {
    char* p = const_cast<char*>(s.data());
    setg(p, p, p + s.size());
  }
};

// Thrown to stop parsing once a limit is hit; the diagnostic is already recorded.
struct Abandon {};

// Whether the quoted scalar opening at `pos` is closed: yaml-cpp 0.7 silently runs an
// unterminated quoted scalar to the end of the file, swallowing the keys after it.
bool quote_closed(const std::string& text, std::size_t pos) {
  char quote = text[pos];
  for (std::size_t i = pos + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;  // '' is an escaped single quote
        continue;
      }
      return true;
    }
  }
  return false;
}

}  // namespace

bool plain_null(std::string_view v) {
  return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(YamlTree& tree, const util::SourceFile& file, const Limits& limits,
              util::Diagnostics& diags)
      : m_tree(tree), m_file(file), m_limits(limits), m_diags(diags) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    ++m_documents;
    m_document_mark = mark;
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    attach(make(YNode::Kind::kNull, mark), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = m_anchors.find(anchor);
    if (it == m_anchors.end()) return;  // yaml-cpp reports unknown anchors itself
    const YNode* target = it->second;
    if (std::find(m_open.begin(), m_open.end(), target) != m_open.end()) {
      fail(mark, "an alias refers to a node that contains it", "alias-cycle");
    }
    m_alias_nodes += target->size;
    if (m_alias_nodes > m_limits.max_alias_nodes) {
      fail(mark,
           fmt::format("aliases expand to more than {} nodes (a billion-laughs pattern?)",
                       m_limits.max_alias_nodes),
           "alias-budget");
    }
    add_child(target);
  }

  // A double-quoted scalar's escapes may decode to what the file itself may not hold: control
  // characters (`\e` starts a terminal sequence) and bidirectional controls are refused like raw
  // ones, and the single bytes yaml-cpp writes for `\N`, `\_` and `\xA0` become UTF-8.
  std::string decoded_escapes(const std::string& value, const YAML::Mark& mark) {
    std::string v = util::find_invalid_utf8(value) ? util::latin1_bytes_to_utf8(value) : value;
    if (auto bad = util::find_unsafe_character(v)) report_unsafe(*bad, location(mark), m_diags);
    return v;
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    char first = mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < m_file.content().size()
                     ? m_file.content()[mark.pos]
                     : 0;
    char style = (first == '\'' || first == '"' || first == '|' || first == '>') ? first : 0;
    bool quoted = style != 0 || (tag != "?" && !tag.empty());
    if ((style == '"' || style == '\'') && !quote_closed(m_file.content(), mark.pos))
      fail(mark, "invalid YAML: this quoted string is never closed", "yaml-syntax");
    if (value.size() > m_limits.max_scalar_bytes) {
      fail(mark,
           fmt::format("a scalar of {} bytes is over the limit of {} bytes", value.size(),
                       m_limits.max_scalar_bytes),
           "scalar-too-large");
    }
    auto kind = (!quoted && plain_null(value)) ? YNode::Kind::kNull : YNode::Kind::kScalar;
    YNode* n = make(kind, mark);
    n->style = style;
    n->value = style == '"' ? decoded_escapes(value, mark) : value;
    check_tag(mark, tag, "tag:yaml.org,2002:str");
    if (style == 0 && value == "<<" && in_key_position())
      m_diags.error(location(mark),
                    "merge keys ('<<') are not supported: write the keys out in full", "merge-key");
    attach(n, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    check_tag(mark, tag, "tag:yaml.org,2002:seq");
    open(make(YNode::Kind::kSequence, mark), anchor, mark);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    check_tag(mark, tag, "tag:yaml.org,2002:map");
    open(make(YNode::Kind::kMap, mark), anchor, mark);
  }
  void OnMapEnd() override { close(); }

  int documents() const { return m_documents; }
  const YAML::Mark& document_mark() const { return m_document_mark; }

  void fail(const YAML::Mark& mark, std::string message, std::string code) {
    m_diags.error(location(mark), std::move(message), std::move(code));
    throw Abandon{};
  }

  util::Location location(const YAML::Mark& mark) const {
    // yaml-cpp gives no mark for some errors at the end of the input; point at the end.
    if (mark.line < 0) {
      auto [line, col] = m_file.position(m_file.content().size());
      return {&m_file, line, col};
    }
    return {&m_file, static_cast<uint32_t>(mark.line + 1), static_cast<uint32_t>(mark.column + 1)};
  }

 private:
  // Tags would change a value's type behind the schema's back (`!!binary`, `!!int`, custom
  // `!tags`), so only the one that names the node's own kind is accepted.
  void check_tag(const YAML::Mark& mark, const std::string& tag, std::string_view own) {
    if (tag.empty() || tag == "?" || tag == "!" || tag == own) return;
    std::string shown = tag;
    constexpr std::string_view kCore = "tag:yaml.org,2002:";
    if (shown.starts_with(kCore)) shown = "!!" + shown.substr(kCore.size());
    m_diags.error(location(mark),
                  fmt::format("YAML tag '{}' is not supported: values are read as the type "
                              "their key expects",
                              shown),
                  "yaml-tag");
  }

  bool in_key_position() const {
    return !m_open.empty() && m_open.back()->is_map() && m_open.back()->items.size() % 2 == 0;
  }

  YNode* make(YNode::Kind kind, const YAML::Mark& mark) {
    YNode& n = m_tree.m_nodes.emplace_back();
    n.kind = kind;
    auto loc = location(mark);
    n.line = loc.line;
    n.col = loc.col;
    n.offset = mark.pos < 0 ? 0 : static_cast<std::size_t>(mark.pos);
    return &n;
  }

  void attach(YNode* n, YAML::anchor_t anchor) {
    if (anchor) m_anchors[anchor] = n;
    add_child(n);
  }

  void add_child(const YNode* n) {
    if (m_open.empty()) {
      if (!m_tree.m_root) m_tree.m_root = n;
      return;
    }
    m_open.back()->items.push_back(n);
  }

  void open(YNode* n, YAML::anchor_t anchor, const YAML::Mark& mark) {
    attach(n, anchor);
    m_open.push_back(n);
    if (m_open.size() > m_limits.max_depth) {
      fail(mark, fmt::format("nesting is deeper than the limit of {} levels", m_limits.max_depth),
           "nesting-depth");
    }
  }

  void close() {
    YNode* n = m_open.back();
    m_open.pop_back();
    for (const YNode* child : n->items) n->size += child->size;
  }

  YamlTree& m_tree;
  const util::SourceFile& m_file;
  const Limits& m_limits;
  util::Diagnostics& m_diags;
  std::vector<YNode*> m_open;
  std::unordered_map<YAML::anchor_t, const YNode*> m_anchors;
  std::uint64_t m_alias_nodes = 0;
  int m_documents = 0;
  YAML::Mark m_document_mark;
};

// Whether a tab precedes `col` on the line: yaml-cpp's message for a tab used as indentation
// ("illegal map value", "end of map not found") does not say so.
static bool tab_before(const util::SourceFile& file, const YAML::Mark& mark) {
  if (mark.line < 0) return false;
  for (int line = mark.line; line >= 0 && line + 2 > mark.line; --line) {
    std::string_view text = file.line(static_cast<uint32_t>(line + 1));
    std::string_view lead = text.substr(0, text.find_first_not_of(" \t"));
    if (lead.find('\t') != std::string_view::npos) return true;
  }
  return false;
}

static std::string syntax_message(const YAML::ParserException& e, const util::SourceFile& file) {
  // yaml-cpp's guard against deep recursion says little; say what happened.
  if (dynamic_cast<const YAML::DeepRecursion*>(&e))
    return "nesting is too deep for the YAML parser";
  std::string msg = "invalid YAML: " + e.msg;
  if (tab_before(file, e.mark)) msg += " (YAML does not allow tabs for indentation; use spaces)";
  return msg;
}

YamlReader reader_from_environment() {
  const char* env = std::getenv("UNGAP_YAML");
  return env && std::string_view(env) == "yaml-cpp" ? YamlReader::kYamlCpp : YamlReader::kDefault;
}

YamlTree::YamlTree(const util::SourceFile& file, const Limits& limits, util::Diagnostics& diags,
                   YamlReader reader) {
  if (reader == YamlReader::kDefault) {
    m_root = parse_fast_yaml(file.content(), limits, m_nodes);
    if (m_root) return;
    m_nodes.clear();
    // yaml-cpp scans a flow collection to its end before its first event (it may be a key),
    // keeping some 240 bytes per bracket: a 16 MB file of `[` would take 4 GB. The fast reader
    // has already found the nesting error; report it as yaml-cpp's path words it.
    if (auto deep = last_too_deep()) {
      diags.error({&file, deep->line, deep->col},
                  fmt::format("nesting is deeper than the limit of {} levels", limits.max_depth),
                  "nesting-depth");
      return;
    }
  }
  read_with_yaml_cpp(file, limits, diags);
}

void YamlTree::read_with_yaml_cpp(const util::SourceFile& file, const Limits& limits,
                                  util::Diagnostics& diags) {
  MemoryBuffer buffer(file.content());
  std::istream in(&buffer);
  TreeBuilder builder(*this, file, limits, diags);
  try {
    YAML::Parser parser(in);
    if (!parser.HandleNextDocument(builder)) {
      diags.error({&file, 1, 1}, "the file holds no YAML document, only comments", "empty-file");
      return;
    }
    if (parser.HandleNextDocument(builder)) {
      diags.error(builder.location(builder.document_mark()),
                  "a file holds one YAML document; found more than one", "multiple-documents");
      m_root = nullptr;
    }
  } catch (const Abandon&) {
    m_root = nullptr;
  } catch (const YAML::ParserException& e) {
    diags.error(builder.location(e.mark), syntax_message(e, file), "yaml-syntax");
    m_root = nullptr;
  } catch (const YAML::Exception& e) {
    diags.error(builder.location(e.mark), "invalid YAML: " + e.msg, "yaml-syntax");
    m_root = nullptr;
  }
}

}  // namespace ungap::load
