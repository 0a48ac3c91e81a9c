// HTML: one self-contained page (inline style and script, no network) with a heatmap of
// obligations × companies coloured by status, filters, and the evidence behind each cell.
// Every string from the inputs is escaped here (HTML) or in the embedded JSON (script_json).
#include <fmt/format.h>

#include "report/escape.h"
#include "report/html_parts.h"
#include "report/writers.h"
#include "util/version.h"

namespace ungap::report {

namespace {

using model::Finding;

// One-letter marks for flags in a cell; the legend spells them out.
constexpr std::pair<model::Flag, const char*> kFlagMarks[] = {
    {model::Flag::kContested, "C"},
    {model::Flag::kOverdue, "O"},
    {model::Flag::kLate, "L"},
    {model::Flag::kDerived, "D"},
};

int depth(const model::Framework& fw, const model::Obligation& o) {
  int d = 0;
  for (int p = o.parent; p != model::kNoParent;
       p = fw.obligations[static_cast<std::size_t>(p)].parent)
    ++d;
  return d;
}

std::string select(std::string_view id, std::string_view label,
                   const std::vector<std::pair<std::string, std::string>>& options) {
  std::string out =
      fmt::format("<label>{} <select id=\"{}\"><option value=\"\">all</option>", label, id);
  for (const auto& [value, text] : options)
    out += fmt::format("<option value=\"{}\">{}</option>", html_escape(value), html_escape(text));
  return out + "</select></label>\n";
}

template <typename E>
std::vector<std::pair<std::string, std::string>> enum_options() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& s : model::enum_spellings<E>()) out.emplace_back(s, s);
  return out;
}

std::string filters(const Run& run) {
  std::vector<std::pair<std::string, std::string>> fws;
  for (int i : run.frameworks) {
    const auto& fw = run.ws.frameworks[static_cast<std::size_t>(i)];
    fws.emplace_back(fw.id, fw.title.empty() ? fw.id : fw.title);
  }
  std::string out = "<form id=\"filters\" onsubmit=\"return false\">\n";
  out += select("f-framework", "Framework", fws);
  out += "<fieldset><legend>Status</legend>";
  for (const auto& s : model::enum_spellings<model::Status>())
    out += fmt::format(
        "<label class=\"s-{0}\"><input type=\"checkbox\" name=\"status\" value=\"{0}\" checked> "
        "{0}</label>",
        s);
  out += "</fieldset>\n";
  out += select("f-weight", "Weight", enum_options<model::Severity>());
  out += select("f-flag", "Flag", enum_options<model::Flag>());
  return out + "<span id=\"shown\"></span></form>\n";
}

std::string cell(const model::Company& c, const model::Obligation& o, const Finding& f) {
  std::string status(model::to_string(f.status)), marks, flags;
  for (auto [flag, mark] : kFlagMarks)
    if (f.flags.has(flag)) marks += mark;
  for (auto fl : f.flags.list())
    flags += (flags.empty() ? "" : " ") + std::string(model::to_string(fl));
  std::string score = score_text(f);
  std::string tip =
      fmt::format("{} — {}: {}{}{}", c.name.empty() ? c.id : c.name, o.full_id, status,
                  score.empty() ? "" : " " + score, flags.empty() ? "" : " (" + flags + ")");
  return fmt::format(
      "<td class=\"cell s-{}\" tabindex=\"0\" data-key=\"{}\" data-status=\"{}\" "
      "data-weight=\"{}\" data-flags=\"{}\" title=\"{}\">{}{}</td>",
      status, html_escape(html_cell_key(c, o)), status, model::to_string(f.severity), flags,
      html_escape(tip), score.empty() ? "&middot;" : score,
      marks.empty() ? "" : "<sup>" + marks + "</sup>");
}

const Finding* finding_of(const model::CompanyResult& cr, int fw, int ob) {
  for (const auto& f : cr.findings)
    if (f.framework == fw && f.obligation == ob) return &f;
  return nullptr;
}

void framework_rows(std::string& out, const Run& run, int fw_index) {
  const auto& fw = run.ws.frameworks[static_cast<std::size_t>(fw_index)];
  std::string fw_id = html_escape(fw.id);
  out += fmt::format("<tr class=\"fw\" data-fw=\"{}\"><th colspan=\"{}\">{}</th></tr>\n", fw_id,
                     3 + run.results.companies.size(),
                     html_escape(fw.title.empty() ? fw.id : fw.title));
  for (std::size_t i = 0; i < fw.obligations.size(); ++i) {
    const auto& o = fw.obligations[i];
    if (o.leaf() && !o.assessable) continue;
    out += fmt::format(
        "<tr class=\"ob\" data-fw=\"{}\"><th class=\"id\" style=\"padding-left:{}em\">{}</th>"
        "<td class=\"title\">{}</td><td class=\"weight\">{}</td>",
        fw_id, 0.4 + depth(fw, o), html_escape(o.id), html_escape(o.title),
        model::to_string(o.effective_severity()));
    for (const auto& cr : run.results.companies) {
      const auto* f = finding_of(cr, fw_index, static_cast<int>(i));
      const auto& c = run.ws.companies[static_cast<std::size_t>(cr.company)];
      out += f ? cell(c, o, *f) : "<td></td>";
    }
    out += "</tr>\n";
  }
}

std::string heatmap(const Run& run) {
  std::string out =
      "<table id=\"heatmap\">\n<thead><tr><th>Obligation</th><th>Title</th><th>Weight</th>";
  for (const auto& cr : run.results.companies) {
    const auto& c = run.ws.companies[static_cast<std::size_t>(cr.company)];
    out += fmt::format("<th class=\"co\" title=\"{}\">{}</th>", html_escape(c.id),
                       html_escape(c.name.empty() ? c.id : c.name));
  }
  out += "</tr></thead>\n<tbody>\n";
  for (int fw : run.frameworks) framework_rows(out, run, fw);
  return out + "</tbody>\n</table>\n";
}

std::string legend() {
  std::string out = "<p class=\"legend\">";
  for (const auto& s : model::enum_spellings<model::Status>())
    out += fmt::format("<span class=\"cell s-{0}\">{0}</span> ", s);
  return out +
         "Flags: <b>C</b> contested, <b>O</b> overdue, <b>L</b> late (met after the due date), "
         "<b>D</b> derived over a mapping. Choose a cell to see the evidence.</p>\n";
}

std::string inputs(const Run& run) {
  std::string out = "<details id=\"inputs\"><summary>Inputs (SHA-256)</summary><table>\n";
  for (const auto& in : run.ws.inputs)
    out += fmt::format("<tr><td>{}</td><td><code>{}</code></td></tr>\n", html_escape(in.path),
                       in.sha256);
  return out + "</table></details>\n";
}

}  // namespace

std::string write_html(const Run& run, const WriteOptions&) {
  std::string as_of = run.results.as_of.str();
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // No request may leave the page: everything is inline.
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n";
  out += fmt::format(
      "<title>ungap gap report, as of {}</title>\n<style>\n{}</style>\n</head>\n<body>\n", as_of,
      html_style());
  out += fmt::format("<header><h1>ungap gap report</h1><p>ungap {}, as of <b>{}</b>. {}</p>\n",
                     util::kVersion, as_of, html_escape(summary_line(run)));
  out +=
      filters(run) + legend() + "</header>\n<main>\n<div id=\"map\">\n" + heatmap(run) + "</div>\n";
  out +=
      "<aside id=\"panel\" aria-live=\"polite\"><p class=\"hint\">Choose a cell to see the rule, "
      "the elements met "
      "and missing, and the quotes behind the verdict.</p></aside>\n</main>\n";
  out += inputs(run);
  out += "<script type=\"application/json\" id=\"ungap-data\">" + script_json(html_cell_data(run)) +
         "</script>\n";
  out += fmt::format("<script>\n{}</script>\n</body>\n</html>\n", html_script());
  return out;
}

}  // namespace ungap::report
