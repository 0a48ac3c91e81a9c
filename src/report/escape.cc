#include "report/escape.h"

#include <fmt/format.h>

#include <algorithm>

#include "util/utf8.h"

namespace ungap::report {

namespace {

// The five markup characters as entities; HTML and XML differ only in the apostrophe's.
std::string escape_markup(std::string_view s, const char* apostrophe) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += apostrophe;
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string html_escape(std::string_view s) {
  return escape_markup(s, "&#39;");
}

std::string script_json(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else if (json.substr(i, 3) == "\u2028")
      out += "\\u2028", i += 2;
    else if (json.substr(i, 3) == "\u2029")
      out += "\\u2029", i += 2;
    else
      out += c;
  }
  return out;
}

std::string safe_url(std::string_view url) {
  auto starts = [&](std::string_view p) { return url.substr(0, p.size()) == p; };
  return starts("https://") || starts("http://") ? std::string(url) : std::string();
}

std::string xml_text(std::string_view s) {
  std::string valid = util::find_invalid_utf8(s) ? util::replace_invalid_utf8(s) : std::string(s);
  std::string out;
  out.reserve(valid.size());
  for (std::size_t i = 0; i < valid.size(); ++i) {
    auto c = static_cast<unsigned char>(valid[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      out += ' ';
    } else if (c == 0xEF && valid.compare(i + 1, 1, "\xBF") == 0 && i + 2 < valid.size() &&
               (valid[i + 2] == '\xBE' || valid[i + 2] == '\xBF')) {
      out += "\xEF\xBF\xBD";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string xml_escape(std::string_view s) {
  return escape_markup(xml_text(s), "&apos;");
}

void append_xml_escaped(std::string& out, std::string_view text) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* entity = text[i] == '&'   ? "&amp;"
                         : text[i] == '<' ? "&lt;"
                         : text[i] == '>' ? "&gt;"
                                          : nullptr;
    if (!entity) continue;
    out.append(text, start, i - start);
    out += entity;
    start = i + 1;
  }
  out.append(text, start, std::string_view::npos);
}

std::string uri_path(std::string_view path) {
  std::string out;
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/';
    if (keep)
      out += ch;
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

// Appends `s` as one field: quoted when it needs it, and a cell a spreadsheet would run as a
// formula (= + - @, tab, carriage return first) neutralised by a leading single quote.
void append_csv_field(std::string& out, std::string_view s) {
  bool formula = !s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos;
  bool quoted = s.find_first_of(",\"\r\n") != std::string_view::npos;
  if (quoted) out += '"';
  if (formula) out += '\'';
  if (!quoted) {
    out += s;
    return;
  }
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

namespace {

// U+2060 WORD JOINER as a character reference: invisible and not a line break opportunity.
constexpr std::string_view kJoiner = "&#x2060;";

bool is_www(std::string_view s, std::size_t dot) {  // "www" (any case) just before s[dot]
  if (dot < 3) return false;
  for (std::size_t i = dot - 3; i < dot; ++i)
    if ((s[i] | 0x20) != 'w') return false;
  return true;
}

// Whether s[i] ('&') could start a character reference (&name; &#10; &#x0a;).
bool reference_start(std::string_view s, std::size_t i) {
  if (i + 1 >= s.size()) return false;
  char next = s[i + 1];
  return next == '#' || ((next | 0x20) >= 'a' && (next | 0x20) <= 'z');
}

// Whether GitHub would turn the text at s[i] into a link of its own (its autolinks extension,
// both when parsing and when post-processing the text, where escapes no longer count): a
// scheme's "://", the dot of "www.", the "@" of an e-mail address (also xmpp: and mailto:).
// A word joiner goes in front, so the trigger is broken in every pass and the text reads the
// same.
bool autolink_trigger(std::string_view s, std::size_t i) {
  switch (s[i]) {
    case ':':
      return s.substr(i + 1, 2) == "//";
    case '.':
      return is_www(s, i);
    case '@':
      return true;
    default:
      return false;
  }
}

}  // namespace

// Table cells must not break the table: pipes are escaped, line breaks become <br>. Brackets
// are escaped too, so text from the inputs cannot become a link or an image
// (`[x](javascript:...)`, a remote `![](...)` that tracks who opens the report); so is an `&`
// that could start a character reference, so that it stays text (`http&#58;//` is no colon).
std::string md_cell(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (autolink_trigger(s, i)) out += kJoiner;
    switch (c) {
      case '|':
        out += "\\|";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '[':
        out += "\\[";
        break;
      case ']':
        out += "\\]";
        break;
      case '\r':
        break;
      case '\n':
        out += "<br>";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':  // only where it could start a character reference: "&&" and "& " stay
        out += reference_start(s, i) ? "&amp;" : "&";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string md_code(std::string_view s) {
  std::size_t longest = 0, run = 0;
  std::string body;
  body.reserve(s.size());
  for (char c : s) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
    if (c != '\r') body += c == '\n' ? ' ' : c;
  }
  // A span that starts or ends with a backtick (or is blank) needs a space inside the fence.
  bool pad = !body.empty() && (body.front() == '`' || body.back() == '`');
  std::string fence(longest + 1, '`');
  return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

}  // namespace ungap::report
