// The data the HTML page renders from, as compact JSON: positional arrays instead of objects
// (a thousand companies of seven hundred verdicts each must stay near the size of the YAML they
// come from), each claim, source, rule and obligation written once and referred to by position.
// Trailing fields that hold their default are left off; the page's script fills them back in.
#include <algorithm>
#include <set>

#include "engine/impact_eval.h"
#include "report/html_parts.h"
#include "report/impact_verdicts.h"
#include "report/stream.h"
#include "util/json_writer.h"

namespace ungap::report {

namespace {

using util::JsonWriter;

template <typename E>
void spellings(JsonWriter& w, std::string_view key) {
  w.key(key).begin_array();
  for (const auto& s : model::enum_spellings<E>()) w.value(s);
  w.end_array();
}

template <typename E>
int code(E e) {
  return static_cast<int>(e);
}

void rule_table(JsonWriter& w, const model::Workspace& ws) {
  auto elements = [&w](const std::vector<model::Element>& defs) {
    w.begin_array();
    for (const auto& e : defs) w.begin_array().value(e.id).value(e.text).end_array();
    w.end_array();
  };
  w.key("rules").begin_array();
  for (const auto& r : ws.rules) {
    w.begin_array().value(r.id).value(r.title).value(r.loc.str());
    elements(r.elements);
    elements(r.contested_by);
    if (!r.note.empty()) w.value(r.note);
    w.end_array();
  }
  w.end_array();
}

// Positions of the claims a company's page block holds, by the claim's index in the company.
struct ClaimIndex {
  std::vector<int> local;  // -1: not written
  std::vector<int> order;  // claim indices, in the order written
};

ClaimIndex claim_index(const model::Workspace& ws, const model::Company& c,
                       const model::CompanyResult& cr) {
  std::set<int> cited = cited_claims(cr);
  for (const auto& f : cr.findings)
    for (const auto& d : f.derived)
      for (int k : resting_claims(ws, c, cr, source_of(ws, cr, d))) cited.insert(k);
  ClaimIndex out{std::vector<int>(c.claims.size(), -1), {cited.begin(), cited.end()}};
  for (std::size_t i = 0; i < out.order.size(); ++i)
    out.local[static_cast<std::size_t>(out.order[i])] = static_cast<int>(i);
  return out;
}

struct CompanyWriter {
  JsonWriter& w;
  const model::Workspace& ws;
  const HtmlRows& rows;
  const model::Company& c;
  const model::CompanyResult& cr;
  ClaimIndex claims;
  std::vector<std::string> reasons;

  void claim_refs(const std::vector<int>& ks) {
    for (int k : ks) w.value(claims.local[static_cast<std::size_t>(k)]);
  }

  // An element's result, at position i: 0 or 1 (met) when it is the rule's element i and no
  // claim met it, [claim...] when it is element i met by those claims (most results: the
  // element and "met" need not be written), else [-1 - element, met, claim...].
  void elements(const std::vector<model::ElementResult>& results) {
    w.begin_array();
    for (std::size_t i = 0; i < results.size(); ++i) {
      const auto& er = results[i];
      bool here = er.element == static_cast<int>(i);
      if (here && er.claims.empty()) {
        w.value(er.met ? 1 : 0);
        continue;
      }
      w.begin_array();
      if (!here || !er.met || claims.local[static_cast<std::size_t>(er.claims.front())] < 0)
        w.value(-1 - er.element).value(er.met ? 1 : 0);
      claim_refs(er.claims);
      w.end_array();
    }
    w.end_array();
  }

  // [rule, status, score, elements, contested, required, applicable, due, impact, involvement,
  //  impacts]; from `contested` on, defaults ([], the number of elements, 1, null, -1, "",
  //  null) are left off at the end. The rule is written, as -1 - rule, only when it is not
  //  `expected`: the row's rule at that position (HtmlRows::rules), or an impact's own rule.
  void rule(const model::RuleResult& rr, int expected) {
    const auto& r = ws.rules[static_cast<std::size_t>(rr.rule)];
    bool one_impact = rr.impact >= 0 && rr.impacts.empty();
    bool per_impact = r.per == model::RulePer::kImpact && !one_impact;
    bool all_needed = rr.required == static_cast<int>(rr.elements.size());
    int fields = per_impact              ? 11
                 : one_impact            ? 10
                 : rr.due                ? 8
                 : !rr.applicable        ? 7
                 : !all_needed           ? 6
                 : !rr.contested.empty() ? 5
                                         : 4;
    w.begin_array();
    if (rr.rule != expected) w.value(-1 - rr.rule);
    w.value(code(rr.status)).value(rounded_score(rr.score));
    elements(rr.elements);
    if (fields > 4) elements(rr.contested);
    if (fields > 5) w.value(rr.required);
    if (fields > 6) w.value(rr.applicable ? 1 : 0);
    if (fields > 7) rr.due ? w.value(rr.due->str()) : w.null();
    if (fields > 8) w.value(one_impact ? rr.impact : -1);
    if (fields > 9) w.value(one_impact ? engine::involvement_label(rr.modes) : std::string());
    if (fields > 10) {
      w.begin_array();
      for (const auto& ir : rr.impacts) rule(ir, rr.rule);
      w.end_array();
    }
    w.end_array();
  }

  // [row, from, relation, mapping, status, score, carried status, carried score, claims]
  void derivation(const model::Derivation& d) {
    w.begin_array().value(rows.row(d.framework, d.obligation)).value(d.from);
    w.value(code(d.relation)).value(ws.mappings[static_cast<std::size_t>(d.mapping)].id);
    w.value(code(d.status)).value(rounded_score(d.score));
    w.value(code(d.carried_status)).value(rounded_score(d.carried_score));
    w.begin_array();
    claim_refs(resting_claims(ws, c, cr, source_of(ws, cr, d)));
    w.end_array().end_array();
  }

  int reason(const std::string& text) {
    if (text.empty()) return -1;
    auto at = std::find(reasons.begin(), reasons.end(), text);
    if (at != reasons.end()) return static_cast<int>(at - reasons.begin());
    reasons.push_back(text);
    return static_cast<int>(reasons.size() - 1);
  }

  // [verdict, score or null, rules, reason, salience, derived], where verdict packs status,
  // weight and flags as status + 5 × weight + 20 × flag bits; from `rules` on, defaults ([],
  // -1, 0, []) are left off at the end. A verdict with no score and nothing but a reason (most
  // of those not assessed or not applicable) is [verdict, -2 - reason].
  void finding(const model::Finding& f, int row) {
    int why = reason(f.reason), sal = salience(c, f);
    int fields = !f.derived.empty() ? 6 : sal ? 5 : why >= 0 ? 4 : !f.rules.empty() ? 3 : 2;
    bool scored = !score_text(f).empty();
    w.begin_array().value(html_verdict_code(f));
    if (fields == 4 && !scored && f.rules.empty()) {
      w.value(-2 - why).end_array();
      return;
    }
    scored ? w.value(rounded_score(f.score)) : w.null();
    if (fields > 2) {
      const auto& expected = rows.rules(row);
      w.begin_array();
      for (std::size_t i = 0; i < f.rules.size(); ++i)
        rule(f.rules[i], i < expected.size() ? expected[i] : -1);
      w.end_array();
    }
    if (fields > 3) w.value(why);
    if (fields > 4) w.value(sal);
    if (fields > 5) {
      w.begin_array();
      for (const auto& d : f.derived) derivation(d);
      w.end_array();
    }
    w.end_array();
  }

  void sources() {
    w.key("sources").begin_array();
    for (const auto& s : c.sources) {
      w.begin_array().value(s.title.empty() ? s.id : s.title).value(s.publisher).value(s.url);
      w.value(code(s.quality));
      std::string dating = model::dating_text(s);
      if (!dating.empty() || !s.note.empty()) w.value(dating);
      if (!s.note.empty()) w.value(s.note);
      w.end_array();
    }
    w.end_array();
  }

  // [id, date, kind, quote, source, line, column, summary, note]: the summary only when there
  // is no quote (the page shows the quote; "" when a note follows), the note only when given.
  // In the company's file the line is written as the step from the previous such claim's
  // (claims come in file order, so a few digits) and the column only when it changes or more
  // follows; a claim outside it has its whole location as a string in place of the line (and
  // column 0 when more follows).
  void claim_table(const std::string& file) {
    w.key("claims").begin_array();
    int64_t line = 0, col = -1;
    for (int k : claims.order) {
      const auto& cl = c.claims[static_cast<std::size_t>(k)];
      const std::string& note = cl.extras->note;
      bool summary = cl.quote.empty() || !note.empty();
      w.begin_array().value(cl.id).value(cl.date.str()).value(code(cl.kind)).value(cl.quote);
      w.value(cl.source_index);
      if (cl.loc.valid() && cl.loc.path() == file) {
        w.value(static_cast<int64_t>(cl.loc.line) - line);
        if (summary || static_cast<int64_t>(cl.loc.col) != col)
          w.value(static_cast<int64_t>(cl.loc.col));
        line = cl.loc.line;
        col = cl.loc.col;
      } else {
        w.value(cl.loc.str());
        if (summary) w.value(0);
      }
      if (summary) w.value(cl.quote.empty() ? cl.summary : "");
      if (!note.empty()) w.value(note);
      w.end_array();
    }
    w.end_array();
  }

  // The involvement modes each impact rests on as of the report's date (the same in every
  // per-impact rule's result), as RuleResult::modes bits.
  std::vector<std::uint8_t> modes_seen() const {
    std::vector<std::uint8_t> out(c.impacts.size(), 0);
    for (const auto& f : cr.findings)
      for (const auto& rr : f.rules)
        for (const auto& ir : rr.impacts)
          if (ir.impact >= 0) out[static_cast<std::size_t>(ir.impact)] |= ir.modes;
    return out;
  }

  // [id, title, severity, note, [[mode, note]...]]: the involvement notes of the modes seen as
  // of the date only, so a report of an earlier date says nothing learnt later; the note and
  // the involvement notes left off when there are none.
  void impacts() {
    w.key("impacts").begin_array();
    std::vector<std::uint8_t> seen = modes_seen();
    for (std::size_t i = 0; i < c.impacts.size(); ++i) {
      const auto& im = c.impacts[i];
      w.begin_array().value(im.id).value(im.title).value(im.severity_text());
      auto noted = engine::noted_involvement(im, seen[i]);
      if (!im.note.empty() || !noted.empty()) w.value(im.note);
      if (!noted.empty()) {
        w.begin_array();
        for (const auto* inv : noted)
          w.begin_array().value(model::to_string(inv->mode)).value(inv->note).end_array();
        w.end_array();
      }
      w.end_array();
    }
    w.end_array();
  }
};

}  // namespace

HtmlRows::HtmlRows(const model::Workspace& ws, const std::vector<int>& frameworks)
    : m_rows(ws.frameworks.size()) {
  int next = 0;
  for (int fw : frameworks) {
    const auto& obs = ws.frameworks[static_cast<std::size_t>(fw)].obligations;
    auto& rows = m_rows[static_cast<std::size_t>(fw)];
    rows.assign(obs.size(), -1);
    for (std::size_t i = 0; i < obs.size(); ++i)
      if (!obs[i].leaf() || obs[i].assessable) rows[i] = next++;
  }
  m_size = next;
  m_rules.resize(static_cast<std::size_t>(m_size));
  for (std::size_t i = 0; i < ws.rules.size(); ++i)
    for (const auto& check : ws.rules[i].checks) {
      auto ref = ws.find_obligation(check.id);
      int at = row(ref.framework, ref.obligation);
      if (at < 0) continue;
      auto& list = m_rules[static_cast<std::size_t>(at)];
      if (list.empty() || list.back() != static_cast<int>(i)) list.push_back(static_cast<int>(i));
    }
}

int HtmlRows::row(int framework, int obligation) const {
  if (framework < 0 || obligation < 0) return -1;
  const auto& rows = m_rows[static_cast<std::size_t>(framework)];
  return static_cast<std::size_t>(obligation) < rows.size()
             ? rows[static_cast<std::size_t>(obligation)]
             : -1;
}

std::string html_meta_json(const model::Workspace& ws, const std::vector<int>& frameworks,
                           util::Date as_of) {
  JsonWriter w(false);
  w.begin_object().field("as_of", as_of.str());
  spellings<model::Status>(w, "statuses");
  spellings<model::Flag>(w, "flags");
  spellings<model::Severity>(w, "weights");
  spellings<model::ClaimKind>(w, "kinds");
  spellings<model::Relation>(w, "relations");
  spellings<model::Quality>(w, "qualities");
  // [id, title]; obligations: [framework position, id, full id, title, depth, weight, parent,
  // rules], the rules (HtmlRows::rules) left off when there are none.
  HtmlRows rows(ws, frameworks);
  int row = 0;
  w.key("frameworks").begin_array();
  for (int fw : frameworks) {
    const auto& f = ws.frameworks[static_cast<std::size_t>(fw)];
    w.begin_array().value(f.id).value(f.title.empty() ? f.id : f.title).end_array();
  }
  w.end_array().key("obligations").begin_array();
  for (std::size_t p = 0; p < frameworks.size(); ++p) {
    const auto& fw = ws.frameworks[static_cast<std::size_t>(frameworks[p])];
    for (const auto& o : fw.obligations) {
      if (o.leaf() && !o.assessable) continue;
      w.begin_array().value(p).value(o.id).value(o.full_id).value(o.title);
      w.value(fw.depth(o)).value(code(o.effective_severity())).value(o.leaf() ? 0 : 1);
      if (const auto& rules = rows.rules(row++); !rules.empty()) {
        w.begin_array();
        for (int r : rules) w.value(r);
        w.end_array();
      }
      w.end_array();
    }
  }
  w.end_array();
  rule_table(w, ws);
  return w.end_object().take();
}

int html_verdict_code(const model::Finding& f) {
  int bits = 0;
  for (auto fl : f.flags.list()) bits |= 1 << code(fl);
  return code(f.status) + 5 * code(f.severity) + 20 * bits;
}

std::string html_company_json(const model::Workspace& ws, const HtmlRows& rows,
                              const model::CompanyResult& cr) {
  const auto& c = ws.companies[static_cast<std::size_t>(cr.company)];
  JsonWriter w(false);
  CompanyWriter cw{w, ws, rows, c, cr, claim_index(ws, c, cr), {}};
  std::string file = c.loc.valid() ? c.loc.path() : std::string();
  w.begin_object().field("file", file);
  if (!c.note.empty()) w.field("note", c.note);  // what the evidence covers and leaves out
  cw.sources();
  cw.claim_table(file);
  cw.impacts();
  // Verdicts by row, a row the company has no finding for as null.
  std::vector<const model::Finding*> by_row(static_cast<std::size_t>(rows.size()), nullptr);
  for (const auto& f : cr.findings)
    if (int row = rows.row(f.framework, f.obligation); row >= 0)
      by_row[static_cast<std::size_t>(row)] = &f;
  w.key("v").begin_array();
  for (std::size_t row = 0; row < by_row.size(); ++row)
    if (by_row[row])
      cw.finding(*by_row[row], static_cast<int>(row));
    else
      w.null();
  w.end_array();
  w.key("reasons").begin_array();
  for (const auto& r : cw.reasons) w.value(r);
  return w.end_array().end_object().take();
}

}  // namespace ungap::report
