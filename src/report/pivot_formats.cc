// The grouped report (`check --group-by`) in the text formats: table, md, csv, json and html.
#include <fmt/format.h>

#include "report/escape.h"
#include "report/pivot.h"
#include "util/json_writer.h"
#include "util/version.h"

namespace ungap::report {

namespace {

std::string score(const PivotRow& r) {
  return fmt::format("{}", rounded_score(r.score));
}

std::string or_dash(const std::string& s) {
  return s.empty() ? "-" : s;
}

std::string group_line(const PivotGroup& g) {
  return fmt::format("{} gap, {} partial, {} met", g.counts.gap, g.counts.partial, g.counts.met);
}

std::string as_table(const Run& run, GroupBy by, const std::vector<PivotGroup>& groups) {
  std::string out;
  for (const auto& g : groups) {
    out += fmt::format("{} {}: {}\n", group_by_name(by), g.key, group_line(g));
    for (const auto& r : g.rows)
      out += fmt::format("  {:<8} {:>5}  {}/{}  {}  [{}; {}]{}\n", model::to_string(r.status),
                         score(r), r.company, r.impact, r.obligation, or_dash(r.severity),
                         or_dash(r.involvement), r.flags.empty() ? "" : "  " + r.flags);
  }
  if (groups.empty())
    out += "no impact verdicts: no rule is evaluated per impact, or no impact is known\n";
  return out + summary_line(run) + "\n";
}

std::string as_markdown(const Run& run, GroupBy by, const std::vector<PivotGroup>& groups) {
  std::string out = fmt::format("# ungap report by {}\n\n- Tool: ungap {}\n- As of: {}\n\n",
                                group_by_name(by), util::kVersion, run.results.as_of.str());
  for (const auto& g : groups) {
    out += fmt::format("## {}\n\n{}\n\n", md_cell(g.key), group_line(g));
    out +=
        "| Company | Impact | Severity | Involvement | Obligation | Title | Status | Score | Flags "
        "|\n";
    out += "| --- | --- | --- | --- | --- | --- | --- | ---: | --- |\n";
    for (const auto& r : g.rows)
      out +=
          fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", md_cell(r.company),
                      md_cell(r.impact), md_cell(r.severity), r.involvement, md_cell(r.obligation),
                      md_cell(r.title), model::to_string(r.status), score(r), r.flags);
    out += "\n";
  }
  return out + "## Summary\n\n" + summary_line(run) + "\n";
}

std::string as_csv(const Run& run, GroupBy by, const std::vector<PivotGroup>& groups) {
  std::string out = fmt::format(
      "{},company,impact,severity,severity_rank,involvement,obligation,title,status,score,flags,"
      "as_of\r\n",
      group_by_name(by));
  const std::string as_of = run.results.as_of.str();
  for (const auto& g : groups)
    for (const auto& r : g.rows) {
      const std::string rank = std::to_string(r.rank), sc = score(r);
      const std::string_view row[] = {g.key,        r.company, r.impact,
                                      r.severity,   rank,      r.involvement,
                                      r.obligation, r.title,   model::to_string(r.status),
                                      sc,           r.flags,   as_of};
      for (std::size_t i = 0; i < std::size(row); ++i) {
        if (i > 0) out += ',';
        append_csv_field(out, row[i]);
      }
      out += "\r\n";
    }
  return out;
}

std::string as_json(const Run& run, GroupBy by, const std::vector<PivotGroup>& groups) {
  util::JsonWriter w(true);
  w.begin_object().field("tool", "ungap").field("version", util::kVersion);
  w.field("as_of", run.results.as_of.str()).field("group_by", group_by_name(by));
  w.key("groups").begin_array();
  for (const auto& g : groups) {
    w.begin_object().field("key", g.key).field("severity_rank", g.rank);
    w.field("gap", g.counts.gap).field("partial", g.counts.partial).field("met", g.counts.met);
    w.key("rows").begin_array();
    for (const auto& r : g.rows) {
      w.begin_object().field("company", r.company).field("impact", r.impact);
      w.field("severity", r.severity).field("severity_rank", r.rank);
      w.field("involvement", r.involvement).field("obligation", r.obligation);
      w.field("status", model::to_string(r.status)).field("score", rounded_score(r.score));
      w.field("flags", r.flags).end_object();
    }
    w.end_array().end_object();
  }
  w.end_array().field("summary", summary_line(run)).end_object();
  return w.take() + "\n";
}

std::string as_html(const Run& run, GroupBy by, const std::vector<PivotGroup>& groups) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'\"><title>ungap report by {0}</title><style>body{{font-family:sans-serif}}"
      "td,th{{padding:.2em .5em;text-align:left;vertical-align:top}}.s-gap{{color:#c62828}}"
      ".s-partial{{color:#ef6c00}}.s-met{{color:#2e7d32}}</style></head><body>\n"
      "<h1>ungap report by {0}</h1>\n<p>ungap {1}, as of {2}</p>\n",
      group_by_name(by), util::kVersion, run.results.as_of.str());
  for (const auto& g : groups) {
    out += fmt::format(
        "<h2>{}</h2>\n<p>{}</p>\n<table>\n<tr><th>Company</th><th>Impact</th>"
        "<th>Severity</th><th>Involvement</th><th>Obligation</th><th>Title</th>"
        "<th>Status</th><th>Score</th><th>Flags</th></tr>\n",
        html_escape(g.key), group_line(g));
    for (const auto& r : g.rows)
      out += fmt::format(
          "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
          "<td class=\"s-{}\">{}</td><td>{}</td><td>{}</td></tr>\n",
          html_escape(r.company), html_escape(r.impact), html_escape(r.severity),
          html_escape(r.involvement), html_escape(r.obligation), html_escape(r.title),
          model::to_string(r.status), model::to_string(r.status), score(r), html_escape(r.flags));
    out += "</table>\n";
  }
  return out + fmt::format("<p>{}</p>\n</body></html>\n", html_escape(summary_line(run)));
}

using PivotWriter = std::string (*)(const Run&, GroupBy, const std::vector<PivotGroup>&);

struct PivotFormat {
  std::string_view name;
  PivotWriter write;
};
constexpr PivotFormat kPivotFormats[] = {{"table", as_table},
                                         {"md", as_markdown},
                                         {"csv", as_csv},
                                         {"json", as_json},
                                         {"html", as_html}};

}  // namespace

bool pivot_supports(std::string_view format) {
  if (format == "xlsx") return true;
  for (const auto& f : kPivotFormats)
    if (f.name == format) return true;
  return false;
}

std::string write_pivot(const Run& run, GroupBy by, std::string_view format) {
  if (format == "xlsx") return write_pivot_xlsx(run, by);
  for (const auto& f : kPivotFormats)
    if (f.name == format) return f.write(run, by, pivot(run, by));
  return {};
}

}  // namespace ungap::report
