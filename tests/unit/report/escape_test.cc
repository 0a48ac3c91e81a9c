#include "report/escape.h"

#include <boost/test/unit_test.hpp>

#include "report/json_value.h"

using namespace ungap::report;

BOOST_AUTO_TEST_SUITE(escape)

BOOST_AUTO_TEST_CASE(html_text_and_attributes) {
  BOOST_TEST(html_escape(R"(<a href="x" title='y'>&amp;</a>)") ==
             "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  BOOST_TEST(html_escape("Acme | Cloud \u2014 ok") == "Acme | Cloud \u2014 ok");
}

BOOST_AUTO_TEST_CASE(json_in_a_script_element) {
  std::string json = R"({"a":"</script><!-- x & y > z"})";
  BOOST_TEST(script_json(json) == R"({"a":"\u003c/script\u003e\u003c!-- x \u0026 y \u003e z"})");
  BOOST_TEST(script_json("\"\u2028\u2029\"") == R"("\u2028\u2029")");
  // Still the same JSON once parsed.
  auto parsed = parse_json(script_json(json));
  BOOST_REQUIRE(parsed.value);
  BOOST_TEST((*parsed.value)["a"].str() == "</script><!-- x & y > z");
}

BOOST_AUTO_TEST_CASE(only_http_links) {
  BOOST_TEST(safe_url("https://example.org/?a=1&b=2") == "https://example.org/?a=1&b=2");
  BOOST_TEST(safe_url("http://example.org") == "http://example.org");
  BOOST_TEST(safe_url("javascript:alert(1)") == "");
  BOOST_TEST(safe_url("data:text/html,x") == "");
}

BOOST_AUTO_TEST_CASE(markdown_cells_keep_the_table_and_make_no_link) {
  BOOST_TEST(md_cell("a | b \\ c\r\nd <b>") == "a \\| b \\\\ c<br>d &lt;b&gt;");
  BOOST_TEST(md_cell("[x](javascript:alert(1)) ![](https://t.example/p.png)") ==
             "\\[x\\](javascript:alert(1)) !\\[\\](https&#x2060;://t.example/p.png)");
  // GitHub's autolinks (www., http:// and https://, e-mail addresses, also xmpp: and
  // mailto:): a word joiner breaks each trigger; the text reads the same.
  BOOST_TEST(md_cell("see https://evil.example/x and HTTP://a.example") ==
             "see https&#x2060;://evil.example/x and HTTP&#x2060;://a.example");
  BOOST_TEST(md_cell("www.evil.example or (WWW.a.example)") ==
             "www&#x2060;.evil.example or (WWW&#x2060;.a.example)");
  BOOST_TEST(md_cell("write to press@acme.example, mailto:a@b.example") ==
             "write to press&#x2060;@acme.example, mailto:a&#x2060;@b.example");
  // A character reference in the input stays text: it cannot spell a trigger either.
  BOOST_TEST(md_cell("http&#58;//x.example AT&T &amp;") ==
             "http&amp;#58;//x.example AT&amp;T &amp;amp;");
  BOOST_TEST(md_cell("a && b & c &") == "a && b & c &");
  // What triggers nothing is left alone.
  BOOST_TEST(md_cell("Amazon.com, ratio 3:2, wwwx.example, ww.x") ==
             "Amazon.com, ratio 3:2, wwwx.example, ww.x");
}

BOOST_AUTO_TEST_CASE(markdown_code_spans_hold_any_text) {
  BOOST_TEST(md_code("claim.by == 'company'") == "`claim.by == 'company'`");
  // A backtick inside gets a longer fence; one at either end a space inside the fence.
  BOOST_TEST(md_code("a ` b") == "``a ` b``");
  BOOST_TEST(md_code("``x") == "``` ``x ```");
  BOOST_TEST(md_code("[x](javascript:alert(1))\nnext") == "`[x](javascript:alert(1)) next`");
}

BOOST_AUTO_TEST_CASE(xml) {
  BOOST_TEST(xml_escape("a<b>&\"c'\x01\td") == "a&lt;b&gt;&amp;&quot;c&apos; \td");
}

BOOST_AUTO_TEST_CASE(xml_text_is_what_xml_allows) {
  BOOST_TEST(xml_text("a\xEF\xBF\xBF"
                      "b\xEF\xBF\xBE"
                      "c") ==
             "a\xEF\xBF\xBD"
             "b\xEF\xBF\xBD"
             "c");
  BOOST_TEST(xml_text("bad \xFF name") == "bad ? name");
  BOOST_TEST(xml_text("tab\tline\nok\x1b") == "tab\tline\nok ");
}

BOOST_AUTO_TEST_CASE(uri_paths_are_percent_encoded) {
  BOOST_TEST(uri_path("rules/a b#1?.yaml") == "rules/a%20b%231%3F.yaml");
  BOOST_TEST(uri_path("r\xC3\xA9gles/x.yaml") == "r%C3%A9gles/x.yaml");
}

BOOST_AUTO_TEST_SUITE_END()
