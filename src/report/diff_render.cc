// The three renderings of `ungap diff`: text (default), Markdown and JSON.
#include <fmt/format.h>

#include "report/diff.h"
#include "util/json_writer.h"

namespace ungap::report {

namespace {

std::string joined(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : std::string(sep)) + s;
  return out;
}

std::string verdict_text(const std::optional<Verdict>& v) {
  if (!v) return "-";
  std::string out = v->status;
  if (v->score) out += fmt::format(" {}", *v->score);
  if (!v->flags.empty()) out += " [" + joined(v->flags, ", ") + "]";
  return out;
}

std::string counts(const ReportDiff& d) {
  int changed = 0, added = 0, removed = 0;
  for (const auto& v : d.verdicts)
    (v.change == "added" ? added : v.change == "removed" ? removed : changed)++;
  return fmt::format("{} changed, {} added, {} removed", changed, added, removed);
}

// Markdown table cells must not break the table.
std::string md(std::string_view s) {
  std::string out;
  for (char c : s)
    out += c == '|' ? std::string("\\|") : c == '\n' ? std::string(" ") : std::string(1, c);
  return out;
}

}  // namespace

std::string diff_text(const ReportDiff& d) {
  std::string out = fmt::format("as of {} -> {}", d.old_as_of, d.new_as_of);
  if (d.old_version != d.new_version)
    out += fmt::format(", ungap {} -> {}", d.old_version, d.new_version);
  out += fmt::format("\ninputs: {} changed\n", d.inputs.size());
  for (const auto& in : d.inputs)
    out += fmt::format("  {:<8} {:<10} {}\n", in.change, in.kind, in.path);
  for (const auto& c : d.companies_added) out += "company added: " + c + "\n";
  for (const auto& c : d.companies_removed) out += "company removed: " + c + "\n";
  out += fmt::format("verdicts: {}\n", counts(d));
  for (const auto& v : d.verdicts)
    out += fmt::format("  {:<8} {} {}: {} -> {}  (cause: {})\n", v.change, v.company, v.obligation,
                       verdict_text(v.before), verdict_text(v.after),
                       v.causes.empty() ? "unknown" : joined(v.causes, ", "));
  return out;
}

std::string diff_markdown(const ReportDiff& d) {
  std::string out =
      fmt::format("# ungap diff\n\n- As of: {} \u2192 {}\n- Tool: {} \u2192 {}\n- Verdicts: {}\n\n",
                  d.old_as_of, d.new_as_of, d.old_version, d.new_version, counts(d));
  for (const auto& c : d.companies_added) out += "- Company added: " + md(c) + "\n";
  for (const auto& c : d.companies_removed) out += "- Company removed: " + md(c) + "\n";
  out += "## Inputs\n\n| Change | Kind | File |\n| --- | --- | --- |\n";
  for (const auto& in : d.inputs)
    out += fmt::format("| {} | {} | {} |\n", in.change, in.kind, md(in.path));
  out +=
      "\n## Verdicts\n\n| Change | Company | Obligation | Before | After | Cause |\n| --- | --- | "
      "--- | --- | --- | --- |\n";
  for (const auto& v : d.verdicts)
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", v.change, md(v.company),
                       md(v.obligation), md(verdict_text(v.before)), md(verdict_text(v.after)),
                       v.causes.empty() ? "unknown" : joined(v.causes, ", "));
  return out;
}

namespace {

void verdict_json(util::JsonWriter& w, std::string_view key, const std::optional<Verdict>& v) {
  w.key(key);
  if (!v) {
    w.null();
    return;
  }
  w.begin_object().field("status", v->status);
  w.key("score");
  if (v->score)
    w.value(*v->score);
  else
    w.null();
  w.string_array("flags", v->flags).end_object();
}

}  // namespace

std::string diff_json(const ReportDiff& d) {
  util::JsonWriter w;
  w.begin_object().field("schema_version", 1);
  w.key("old")
      .begin_object()
      .field("as_of", d.old_as_of)
      .field("version", d.old_version)
      .end_object();
  w.key("new")
      .begin_object()
      .field("as_of", d.new_as_of)
      .field("version", d.new_version)
      .end_object();
  w.key("inputs").begin_array();
  for (const auto& in : d.inputs)
    w.begin_object()
        .field("path", in.path)
        .field("kind", in.kind)
        .field("change", in.change)
        .end_object();
  w.end_array();
  w.string_array("companies_added", d.companies_added)
      .string_array("companies_removed", d.companies_removed);
  w.key("verdicts").begin_array();
  for (const auto& v : d.verdicts) {
    w.begin_object()
        .field("company", v.company)
        .field("obligation", v.obligation)
        .field("change", v.change);
    verdict_json(w, "before", v.before);
    verdict_json(w, "after", v.after);
    w.string_array("causes", v.causes).end_object();
  }
  w.end_array().end_object();
  return w.take() + "\n";
}

}  // namespace ungap::report
