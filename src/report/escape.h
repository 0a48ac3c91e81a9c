#pragma once
// Escaping for the HTML report: every string that comes from the inputs goes through one of
// these before it is written. (XML: xml_escape in test_formats.h, shared by both JUnit writers.)
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

}  // namespace ungap::report
