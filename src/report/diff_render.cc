// The three renderings of `ungap diff`: text (default), Markdown and JSON. Each writes only the
// sections that have something in them, and ends with the counts.
#include <fmt/format.h>

#include "report/diff.h"
#include "report/diff_digest.h"
#include "report/escape.h"
#include "util/json_writer.h"
#include "util/single_line.h"

namespace ungap::report {

namespace {

constexpr ChangeGroup kGroups[] = {ChangeGroup::kWorse, ChangeGroup::kBetter,
                                   ChangeGroup::kNewEvidence, ChangeGroup::kOther};

// Section headings, in group order.
std::string_view heading(ChangeGroup g) {
  static constexpr std::string_view kHeadings[] = {"worse", "better", "same verdict, new evidence",
                                                   "other"};
  return kHeadings[static_cast<int>(g)];
}

// "->" as an arrow, which Markdown shows as it is (md_cell would write "-&gt;").
std::string arrows(std::string s) {
  for (auto at = s.find(" -> "); at != std::string::npos; at = s.find(" -> ", at))
    s.replace(at, 4, " \u2192 ");
  return s;
}

constexpr std::string_view kNoCause = "no cause found in the reports";

std::string counts(const ReportDiff& d) {
  return fmt::format(
      "worse {}, better {}, new evidence {}, other {}, companies added {}, "
      "removed {}",
      d.count(ChangeGroup::kWorse), d.count(ChangeGroup::kBetter),
      d.count(ChangeGroup::kNewEvidence), d.count(ChangeGroup::kOther), d.companies_added.size(),
      d.companies_removed.size());
}

// "partial 50 -> met 100", or the one verdict when only its evidence changed.
std::string change_text(const VerdictChange& v) {
  if (v.group == ChangeGroup::kNewEvidence) return verdict_text(v.after);
  return verdict_text(v.before) + " -> " + verdict_text(v.after);
}

// Reports of different schema versions compute status and score differently (docs/outputs.md):
// a change may come from that alone, which no cause line can show.
std::string schema_note(const ReportDiff& d) {
  if (d.old_schema == d.new_schema) return "";
  return fmt::format(
      "report schema {} -> {}: status and score are computed differently, so a "
      "verdict may change with no other cause\n",
      d.old_schema, d.new_schema);
}

std::string header_text(const ReportDiff& d) {
  std::string out = fmt::format("as of {} -> {}", d.old_as_of, d.new_as_of);
  if (d.old_version != d.new_version)
    out += fmt::format(", ungap {} -> {}", d.old_version, d.new_version);
  out += "\n" + schema_note(d);
  if (!d.inputs.empty()) out += fmt::format("inputs: {} changed\n", d.inputs.size());
  for (const auto& in : d.inputs)
    out += fmt::format("  {:<8} {:<10} {}\n", in.change, in.kind, util::single_line(in.path));
  // Text from the reports, on one line each: a line break in a name must not print a line that
  // looks like diff's own (util/single_line.h).
  for (const auto& c : d.companies_added)
    out +=
        fmt::format("company added: {} ({} verdicts)\n", util::single_line(c.company), c.verdicts);
  for (const auto& c : d.companies_removed)
    out += fmt::format("company removed: {} ({} verdicts)\n", util::single_line(c.company),
                       c.verdicts);
  return out;
}

// "causes 1, w1", or that none was found.
std::string refs_text(const std::vector<std::string>& refs) {
  if (refs.empty()) return std::string(kNoCause);
  std::string out;
  for (const auto& r : refs) out += (out.empty() ? "" : ", ") + r;
  return fmt::format("{} {}", refs.size() == 1 ? "cause" : "causes", out);
}

std::string verdicts_count(std::size_t n) {
  return fmt::format("{} verdict{}", n, n == 1 ? "" : "s");
}

const std::vector<CompanyChanges>& companies_of(const DiffDigest& dg, ChangeGroup g) {
  return dg.groups[static_cast<std::size_t>(g)];
}

}  // namespace

std::string diff_text(const ReportDiff& d) {
  std::string out = header_text(d);
  auto dg = digest(d);
  if (!dg.shared.empty()) out += "causes shared by the companies they touch:\n";
  for (std::size_t i = 0; i < dg.shared.size(); ++i)
    out += fmt::format("  w{} [{}] {}\n", i + 1, verdicts_count(dg.shared[i].verdicts),
                       util::single_line(dg.shared[i].text));
  for (auto g : kGroups) {
    if (d.count(g) == 0) continue;
    out += fmt::format("{}: {}\n", heading(g), d.count(g));
    for (const auto& c : companies_of(dg, g)) {
      out += fmt::format("  {}: {}\n", util::single_line(c.company),
                         verdicts_count(c.verdicts.size()));
      for (std::size_t i = 0; i < c.verdicts.size(); ++i)
        out += fmt::format("    {}: {} ({})\n", util::single_line(c.verdicts[i]->obligation),
                           change_text(*c.verdicts[i]), refs_text(c.refs[i]));
      for (std::size_t k = 0; k < c.causes.size(); ++k)
        out += fmt::format("    {}. {}\n", k + 1, util::single_line(c.causes[k]));
    }
  }
  return out + counts(d) + "\n";
}

std::string diff_markdown(const ReportDiff& d) {
  std::string out =
      fmt::format("# ungap diff\n\n- As of: {} \u2192 {}\n", d.old_as_of, d.new_as_of);
  if (d.old_version != d.new_version)
    out += fmt::format("- Tool: {} \u2192 {}\n", d.old_version, d.new_version);
  if (std::string note = schema_note(d); !note.empty()) out += "- " + arrows(note);
  out += "- Changes: " + counts(d) + "\n";
  for (const auto& c : d.companies_added)
    out += fmt::format("- Company added: {} ({} verdicts)\n", md_cell(c.company), c.verdicts);
  for (const auto& c : d.companies_removed)
    out += fmt::format("- Company removed: {} ({} verdicts)\n", md_cell(c.company), c.verdicts);
  if (!d.inputs.empty()) {
    out += "\n## Inputs changed\n\n| Change | Kind | File |\n| --- | --- | --- |\n";
    for (const auto& in : d.inputs)
      out += fmt::format("| {} | {} | {} |\n", in.change, in.kind, md_cell(in.path));
  }
  auto dg = digest(d);
  if (!dg.shared.empty())
    out +=
        "\n## Causes shared by the companies they touch\n\n| Cause | What | Verdicts |\n"
        "| --- | --- | ---: |\n";
  for (std::size_t i = 0; i < dg.shared.size(); ++i)
    out += fmt::format("| w{} | {} | {} |\n", i + 1, md_cell(arrows(dg.shared[i].text)),
                       dg.shared[i].verdicts);
  for (auto g : kGroups) {
    if (d.count(g) == 0) continue;
    std::string title(heading(g));
    title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    out += fmt::format(
        "\n## {} ({})\n\n| Company | Obligation | Verdict | Causes |\n"
        "| --- | --- | --- | --- |\n",
        title, d.count(g));
    const auto& companies = companies_of(dg, g);
    for (const auto& c : companies)
      for (std::size_t i = 0; i < c.verdicts.size(); ++i)
        out += fmt::format("| {} | {} | {} | {} |\n", md_cell(c.company),
                           md_cell(c.verdicts[i]->obligation),
                           md_cell(arrows(change_text(*c.verdicts[i]))), refs_text(c.refs[i]));
    for (const auto& c : companies) {
      if (c.causes.empty()) continue;
      out += fmt::format("\nCauses, {}:\n\n", md_cell(c.company));
      for (std::size_t k = 0; k < c.causes.size(); ++k)
        out += fmt::format("{}. {}\n", k + 1, md_cell(arrows(c.causes[k])));
    }
  }
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
  w.string_array("flags", v->flags).string_array("evidence", v->evidence).end_object();
}

void companies_json(util::JsonWriter& w, std::string_view key,
                    const std::vector<CompanyChange>& companies) {
  w.key(key).begin_array();
  for (const auto& c : companies)
    w.begin_object().field("id", c.company).field("verdicts", c.verdicts).end_object();
  w.end_array();
}

void change_json(util::JsonWriter& w, const VerdictChange& v) {
  w.begin_object()
      .field("company", v.company)
      .field("obligation", v.obligation)
      .field("change", v.change)
      .field("group", group_name(v.group));
  verdict_json(w, "before", v.before);
  verdict_json(w, "after", v.after);
  w.key("causes").begin_array();
  for (const auto& c : v.causes) {
    w.begin_object().field("kind", c.kind).field("id", c.id).field("text", c.text);
    if (c.claim)
      w.key("claim")
          .begin_object()
          .field("date", c.claim->date)
          .field("location", c.claim->location)
          .field("source", c.claim->source_id)
          .field("title", c.claim->source)
          .field("url", c.claim->url)
          .end_object();
    w.end_object();
  }
  w.end_array().end_object();
}

}  // namespace

std::string diff_json(const ReportDiff& d) {
  util::JsonWriter w;
  w.begin_object().field("schema_version", 2);
  w.key("old")
      .begin_object()
      .field("as_of", d.old_as_of)
      .field("version", d.old_version)
      .field("schema_version", d.old_schema)
      .end_object();
  w.key("new")
      .begin_object()
      .field("as_of", d.new_as_of)
      .field("version", d.new_version)
      .field("schema_version", d.new_schema)
      .end_object();
  w.key("inputs").begin_array();
  for (const auto& in : d.inputs)
    w.begin_object()
        .field("path", in.path)
        .field("kind", in.kind)
        .field("change", in.change)
        .end_object();
  w.end_array();
  companies_json(w, "companies_added", d.companies_added);
  companies_json(w, "companies_removed", d.companies_removed);
  w.key("verdicts").begin_array();
  for (const auto& v : d.verdicts) change_json(w, v);
  w.end_array();
  w.key("counts").begin_object();
  for (auto g : kGroups) w.field(group_name(g), d.count(g));
  w.field("companies_added", d.companies_added.size())
      .field("companies_removed", d.companies_removed.size())
      .end_object();
  w.end_object();
  return w.take() + "\n";
}

}  // namespace ungap::report
