// HTML: one self-contained page (inline style and script, no network) that opens on an overview
// (companies ranked per framework, the spread of statuses, the most severe gaps) and has a
// heatmap of obligations × companies with filters, sorting and the evidence behind each cell.
// Written company by company like the other streamed formats: the page carries the data once,
// as compact JSON blocks (html_data.cc), and its script renders what the reader asks for, so a
// thousand companies make a file near the size of their YAML, not a table of every cell.
// Text from the inputs reaches the page only as escaped JSON (script_json) or escaped HTML.
#include <fmt/format.h>

#include "report/escape.h"
#include "report/html_parts.h"
#include "report/writers.h"
#include "util/json_writer.h"
#include "util/version.h"

namespace ungap::report {

namespace {

// The page's fixed frame: the script fills the overview, the controls' options, the heatmap
// and the panel from the data blocks.
constexpr std::string_view kBody = R"HTML(<header><h1>ungap gap report</h1><p id="meta"></p>
<nav id="views"><a href="#view=overview" id="tab-overview">Overview</a> <a href="#view=map" id="tab-map">Heatmap</a></nav>
<form id="filters" onsubmit="return false">
<label>Company <input id="f-company" type="search" placeholder="id or name"></label>
<label>Framework <select id="f-framework"><option value="">all</option></select></label>
<fieldset id="f-status"><legend>Status</legend></fieldset>
<label>Weight <select id="f-weight"><option value="">all</option></select></label>
<label>Flag <select id="f-flag"><option value="">all</option></select></label>
<label>Companies <select id="f-sort"><option value="">in file order</option><option value="name">by name</option><option value="score">by score on the framework, lowest first</option><option value="-score">by score on the framework, highest first</option></select></label>
<label>Obligations <select id="f-rows"><option value="">in framework order</option><option value="gaps">most gaps first</option><option value="weight">heaviest weight first</option></select></label>
<span id="pager"><button type="button" id="prev">&lsaquo;</button> <span id="page"></span> <button type="button" id="next">&rsaquo;</button></span>
<span id="shown"></span></form>
</header>
<main><section id="overview"></section><div id="map"></div>
<aside id="panel" aria-live="polite"><p class="hint">Choose a cell to see the rule, the elements met and missing, and the quotes behind the verdict.</p></aside></main>
)HTML";

// How many of the most severe gaps the overview lists.
constexpr std::size_t kTopGaps = 25;

class HtmlStream : public ReportStream {
 public:
  explicit HtmlStream(const StreamContext& ctx) : m_ctx(ctx), m_rows(ctx.ws, ctx.frameworks) {}

  std::string begin() override {
    std::string as_of = m_ctx.as_of.str();
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    // No request may leave the page: everything is inline.
    out +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n";
    out += fmt::format(
        "<title>ungap gap report, as of {}</title>\n<style>\n{}</style>\n</head>\n<body>\n", as_of,
        html_style());
    out += kBody;
    out += inputs();
    out += fmt::format("<script type=\"application/json\" id=\"ungap-meta\">{}</script>\n",
                       script_json(html_meta_json(m_ctx.ws, m_ctx.frameworks, m_ctx.as_of)));
    return out;
  }

  // Two blocks: the overview's summary, parsed when the page opens, and the whole, parsed
  // when the heatmap or the panel shows the company.
  std::string company(const model::CompanyResult& cr) const override {
    return "<script type=\"application/json\" class=\"ungap-summary\">" +
           script_json(
               html_company_summary_json(m_ctx.ws, m_rows, m_ctx.frameworks, cr, kTopGaps)) +
           "</script><script type=\"application/json\" class=\"ungap-company\">" +
           script_json(html_company_json(m_ctx.ws, m_rows, cr)) + "</script>\n";
  }

  std::string end() override {
    std::string summary = m_ctx.summary.line(m_ctx.as_of, m_ctx.frameworks.size());
    std::string out =
        fmt::format("<script type=\"application/json\" id=\"ungap-about\">{}</script>\n<script>\n",
                    script_json(fmt::format("[{},{}]", util::json_quote(util::kVersion),
                                            util::json_quote(summary))));
    for (auto part : html_script()) out += part;
    return out + "</script>\n</body>\n</html>\n";
  }

 private:
  std::string inputs() const {
    std::string out = "<details id=\"inputs\"><summary>Inputs (SHA-256)</summary><table>\n";
    for (const auto& in : m_ctx.ws.inputs)
      out += fmt::format("<tr><td>{}</td><td><code>{}</code></td></tr>\n", html_escape(in.path),
                         in.sha256);
    return out + "</table></details>\n";
  }

  const StreamContext& m_ctx;
  HtmlRows m_rows;
};

}  // namespace

std::unique_ptr<ReportStream> html_stream(const StreamContext& ctx, const WriteOptions&) {
  return std::make_unique<HtmlStream>(ctx);
}

std::string write_html(const Run& run, const WriteOptions& o) {
  return write_streamed(html_stream, run, o);
}

}  // namespace ungap::report
