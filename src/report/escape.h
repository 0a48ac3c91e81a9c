#pragma once
// Escaping for the HTML, XML and SARIF outputs: every string that comes from the inputs goes
// through one of these before it is written.
#include <string>
#include <string_view>

namespace ungap::report {

// HTML text and double- or single-quoted attribute values: & < > " ' as entities.
std::string html_escape(std::string_view s);
// JSON text made safe inside an HTML <script> element: < > & become \u003c \u003e \u0026 (so
// neither "</script" nor "<!--" can occur), and U+2028 U+2029 their \u escapes. Valid only for
// JSON, where these characters can only occur inside strings.
std::string script_json(std::string_view json);
// An href for an evidence link: the URL when it is http(s), else "" (no javascript: links).
std::string safe_url(std::string_view url);
// Appends `s` as one CSV field (RFC 4180): quoted when it needs it, and a cell a spreadsheet
// would run as a formula (= + - @, tab, carriage return first) neutralised by a leading '.
void append_csv_field(std::string& out, std::string_view s);
// A Markdown table cell: pipes, backslashes and brackets escaped, < > as entities, line
// breaks as <br>.
std::string md_cell(std::string_view s);
// A Markdown code span outside tables: fenced by one backtick more than the longest run inside,
// line breaks as spaces, so nothing in it is live (no link, image or emphasis).
std::string md_code(std::string_view s);

// Text XML 1.0 can hold: valid UTF-8 (an invalid byte, from a file name say, becomes U+FFFD),
// C0 controls other than tab and line breaks become spaces, and U+FFFE and U+FFFF (which XML
// forbids even as references) become U+FFFD. Markup characters are left to the caller.
std::string xml_text(std::string_view s);
// XML text or attribute value (both JUnit writers): xml_text, then & < > " ' as entities.
std::string xml_escape(std::string_view s);
// Appends text inside an XML element (the XLSX sheets' cells, per cell): & < > escaped, quotes
// left as they are. The text must already be what XML can hold (xml_text).
void append_xml_escaped(std::string& out, std::string_view text);
// A relative path as a URI reference (SARIF artifactLocation.uri): every byte but unreserved
// characters and '/' percent-encoded, so spaces, '#', '?' and '%' in file names survive.
std::string uri_path(std::string_view path);

}  // namespace ungap::report
