#include "random_yaml.h"

#include <array>

namespace ungap::test {
namespace {

constexpr std::array kWords = {"id",
                               "title",
                               "null",
                               "~",
                               "Null",
                               "true",
                               "-5",
                               "a:b",
                               "x-y",
                               "1.0",
                               "é",
                               "日本",
                               "O'N",
                               "a#b",
                               "url",
                               "<<x",
                               "k",
                               "a b",
                               "http://x.org/p?q=1",
                               "--x",
                               "y.z",
                               "NULL"};
constexpr std::array kEscapes = {"\\n",         "\\t", "\\\\", "\\\"", "\\/", "\\x41",  "\\u00e9",
                                 "\\U0001F600", "\\0", "\\e",  "\\ ",  "\\L", "\\u263A"};
// Continuation lines of a plain scalar may start with what would be an indicator elsewhere.
constexpr std::array kContinuations = {"|| ", "- ",   "[a] ", "&b ", "*c ", "'q' ", "!t ",
                                       "? ",  "{x} ", "> ",   "% ",  "@ ",  "-- ",  "\"d\" "};

}  // namespace

void RandomYaml::end_line() {
  if (chance(10)) m_out += "  # note: a, [b] 'c'";
  if (chance(5)) m_out += "   ";
  m_out += '\n';
}

// Blank lines and comment lines between entries, at any indentation.
void RandomYaml::filler_lines(int indent) {
  if (chance(8)) m_out += "\n";
  if (chance(8)) {
    pad(pick(indent + 3));
    m_out += "# comment: - x\n";
  }
}

std::string RandomYaml::key() {
  switch (pick(8)) {
    case 0:
      return "'quoted key'";
    case 1:
      return "\"dq\\tkey\"";
    case 2:
      return "k" + std::to_string(pick(1000));
    default:
      return std::string(kWords[static_cast<std::size_t>(pick(kWords.size()))]) +
             std::to_string(pick(50));
  }
}

std::string RandomYaml::plain(bool flow) {
  std::string s;
  int n = 1 + pick(4);
  for (int i = 0; i < n; ++i) {
    if (i) s += ' ';
    std::string w = kWords[static_cast<std::size_t>(pick(kWords.size()))];
    if (flow && w.find('?') != std::string::npos) w = "w";  // yaml-cpp ends flow scalars at ?
    s += w;
  }
  return s;
}

std::string RandomYaml::single_quoted() {
  std::string s = "'";
  int n = pick(6);
  for (int i = 0; i < n; ++i) {
    switch (pick(6)) {
      case 0:
        s += "''";
        break;
      case 1:
        s += " \"x\" ";
        break;
      case 2:
        s += "a: #b";
        break;
      default:
        s += plain(false);
    }
  }
  return s + "'";
}

std::string RandomYaml::double_quoted(int indent) {
  std::string s = "\"";
  int n = pick(6);
  for (int i = 0; i < n; ++i) {
    switch (pick(7)) {
      case 0:
        s += kEscapes[static_cast<std::size_t>(pick(kEscapes.size()))];
        break;
      case 1:
        s += "'s";
        break;
      case 2:  // a folded line break, maybe with empty lines and trailing spaces
        s += chance(30) ? "  \n" : "\n";
        if (chance(30)) s += "\n";
        s += std::string(static_cast<std::size_t>(indent + 1 + pick(3)), ' ') + plain(false);
        break;
      case 3:
        s += "\\\n" + std::string(static_cast<std::size_t>(indent + 1 + pick(3)), ' ') + "w";
        break;
      default:
        s += plain(false);
    }
  }
  return s + "\"";
}

std::string RandomYaml::flow(int depth, int indent) {
  bool map = chance(50);
  std::string s = map ? "{" : "[";
  int n = pick(4);
  for (int i = 0; i < n; ++i) {
    if (i) s += chance(20) ? ",\n" + std::string(static_cast<std::size_t>(indent + 2), ' ') : ", ";
    if (map) s += key() + ": ";
    s += depth < 3 && chance(25) ? flow(depth + 1, indent) : inline_scalar(indent, true);
  }
  return s + (map ? "}" : "]");
}

std::string RandomYaml::inline_scalar(int indent, bool flow_context) {
  switch (pick(6)) {
    case 0:
      return single_quoted();
    case 1:
      return double_quoted(indent);
    default:
      return plain(flow_context);
  }
}

void RandomYaml::block_scalar(int indent) {
  bool literal = chance(50);
  m_out += literal ? "|" : ">";
  int explicit_indent = chance(20) ? 1 + pick(3) : 0;
  const char* chomp = chance(33) ? "-" : chance(50) ? "+" : "";
  if (explicit_indent && chance(50))
    m_out += std::to_string(explicit_indent) + chomp;
  else
    m_out += chomp + (explicit_indent ? std::to_string(explicit_indent) : "");
  end_line();
  int content = indent + (explicit_indent ? explicit_indent : 1 + pick(3));
  int n = 1 + pick(4);
  for (int i = 0; i < n; ++i) {
    if (chance(20)) m_out += "\n";
    pad(content);
    m_out += plain(false);
    if (literal && chance(20)) m_out += chance(50) ? "  # kept" : "\ttab";
    m_out += '\n';
  }
  if (chance(30)) m_out += "\n";
}

void RandomYaml::map_value(int indent, int depth) {
  int choice = depth > 5 ? pick(4) : pick(9);
  switch (choice) {
    case 0:
      end_line();
      return;  // empty
    case 1:
      m_out += " ";
      block_scalar(indent);
      return;
    case 2:  // a multi-line plain scalar
      m_out += " " + plain(false) + "\n";
      pad(indent + 1 + pick(3));
      if (chance(30))
        m_out += kContinuations[static_cast<std::size_t>(pick(kContinuations.size()))];
      m_out += plain(false) + "\n";
      return;
    case 3:
      m_out += " " + flow(0, indent);
      end_line();
      return;
    case 4:
    case 5:
      end_line();
      block_map(indent + 1 + pick(4), depth + 1, false);
      return;
    case 6:
      end_line();
      block_seq(indent + (chance(50) ? 0 : 2), depth + 1, false);
      return;
    default:
      m_out += " " + inline_scalar(indent, false);
      end_line();
      return;
  }
}

void RandomYaml::block_map(int indent, int depth, bool first_inline) {
  int n = 1 + pick(4);
  for (int i = 0; i < n; ++i) {
    if (i || !first_inline) {
      filler_lines(indent);
      pad(indent);
    }
    m_out += key() + (chance(5) ? " :" : ":");
    map_value(indent, depth);
  }
}

void RandomYaml::seq_item(int indent, int depth) {
  int choice = depth > 5 ? pick(3) : pick(8);
  switch (choice) {
    case 0:
      end_line();
      return;  // empty
    case 1:
      m_out += " ";
      block_scalar(indent);
      return;
    case 2:
      m_out += " " + inline_scalar(indent, false);
      end_line();
      return;
    case 3:
      m_out += " " + flow(0, indent);
      end_line();
      return;
    case 4:
    case 5:
      m_out += " ";
      block_map(indent + 2, depth + 1, true);
      return;
    case 6:
      m_out += " ";
      block_seq(indent + 2, depth + 1, true);
      return;
    default:
      end_line();
      block_map(indent + 1 + pick(3), depth + 1, false);
      return;
  }
}

void RandomYaml::block_seq(int indent, int depth, bool first_inline) {
  int n = 1 + pick(4);
  for (int i = 0; i < n; ++i) {
    if (i || !first_inline) {
      filler_lines(indent);
      pad(indent);
    }
    m_out += "-";
    seq_item(indent, depth);
  }
}

std::string RandomYaml::document() {
  m_out.clear();
  if (chance(10)) m_out += "# leading comment\n";
  if (chance(10)) m_out += "---\n";
  if (chance(80))
    block_map(chance(10) ? 1 : 0, 0, false);
  else
    block_seq(0, 0, false);
  if (chance(5)) m_out += "...\n";
  if (chance(5)) m_out.pop_back();  // no final line break
  return m_out;
}

}  // namespace ungap::test
