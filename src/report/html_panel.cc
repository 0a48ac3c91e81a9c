// The HTML report's evidence panel, a piece of the page's script (html_script.cc): for a chosen
// cell, each rule with its elements met and missing and the claims behind them, the contested
// evidence, each impact's result, and for a verdict carried over mappings a link to each source.
#include "report/html_parts.h"

namespace ungap::report {

std::string_view html_panel_script() {
  return R"JS(  // The evidence panel: built with DOM calls and textContent, never innerHTML, so no text from
  // the inputs is read as markup.
  var panel = byId('panel');
  // A source: [title, publisher, url, quality, dating, note]; a claim: [id, date, kind, quote,
  // line, column, source, summary, note] (docs/outputs.md, "HTML").
  function place(co, c) {  // a claim's file:line:col
    return typeof c[4] === 'string' ? c[4] : co.file + ':' + c[4] + ':' + c[5];
  }
  function claimItem(co, k) {
    var c = co.claims[k], li = el('li', 'claim');
    if (c[3]) add(li, el('q', null, c[3])); else add(li, el('span', null, c[7]));
    var s = c[6] >= 0 ? co.sources[c[6]] : null;
    var line = add(li, el('div', 'meta'));
    line.appendChild(document.createTextNode(
        (s ? [s[0], s[1], c[1], meta.qualities[s[3]]] : [c[1]]).filter(Boolean).join(' \u00b7 ') + ' '));
    if (c[8]) add(li, el('div', 'note', 'Note: ' + c[8]));
    if (s && s[4]) add(li, el('div', 'dating', 'Source ' + s[4]));
    if (s && s[5]) add(li, el('div', 'note', 'Source note: ' + s[5]));
    if (s && /^https?:\/\//.test(s[2])) {
      var a = add(line, el('a', null, 'source'));
      a.href = s[2];
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
    }
    add(li, el('div', 'loc', 'claim ' + c[0] + ' (' + meta.kinds[c[2]] + ') at ' + place(co, c)));
    return li;
  }
  function elementList(co, results, defs) {
    var ul = el('ul', 'elements');
    results.forEach(function (r, i) {
      var e = typeof r === 'number' ? [i, r] : r, def = defs[e[0]] || ['?', ''], met = e[1] === 1;
      var li = add(ul, el('li', met ? 'el-met' : 'el-missing',
                          (def[1] || def[0]) + (def[1] ? ' (' + def[0] + ')' : '') + (met ? '' : ': missing')));
      if (e.length > 2) {
        var claims = add(li, el('ul', 'claims'));
        e.slice(2).forEach(function (k) { claims.appendChild(claimItem(co, k)); });
      }
    });
    return ul;
  }
  // A rule's result: [rule, status, score, elements, contested, required, applicable, due,
  // impact, involvement, impacts], the fields from contested on left off when they hold their
  // default ([], every element, 1, null, -1, '', null).
  function applicable(r) { return r.length <= 6 || r[6] === 1; }
  // A rule's (or one impact's) verdict, elements and contested evidence.
  function resultBody(div, co, r) {
    var def = meta.rules[r[0]], p = add(div, el('p', 'verdict'));
    add(p, el('span', 'badge s-' + S[r[1]], S[r[1]]));
    add(p, el('span', null, 'score ' + r[2]));
    add(p, el('span', null, (r.length > 5 ? r[5] : r[3].length) + ' of ' + r[3].length + ' elements needed'));
    if (r[7]) add(p, el('span', null, 'due ' + r[7]));
    div.appendChild(elementList(co, r[3], def[3]));
    if (r[4] && r[4].length) {
      var c = add(div, el('div', 'contested'));
      add(c, el('strong', null, 'Contested by'));
      c.appendChild(elementList(co, r[4], def[4]));
    }
  }
  function impactSection(co, r) {
    var div = el('section', 'impact'), im = co.impacts[r[8]] || ['?', '', ''];
    add(div, el('h4', null, 'Impact ' + im[0] + ': ' + im[1]));
    add(div, el('div', 'loc', 'severity: ' + (im[2] || 'not given') + '; involvement: ' + (r[9] || 'not given')));
    if (im[3]) add(div, el('div', 'note', 'Note: ' + im[3]));
    (im[4] || []).forEach(function (n) { add(div, el('div', 'note', 'Involvement ' + n[0] + ': ' + n[1])); });
    if (!applicable(r)) add(div, el('p', null, 'Not applicable to this impact.'));
    else resultBody(div, co, r);
    return div;
  }
  function ruleSection(co, r) {
    var def = meta.rules[r[0]], div = el('section', 'rule');
    add(div, el('h3', null, 'Rule ' + def[0] + (def[1] ? ': ' + def[1] : '')));
    add(div, el('div', 'loc', def[2]));
    if (def[5]) add(div, el('div', 'note', 'Note: ' + def[5]));
    var impacts = r[10];
    if (impacts && !impacts.length) {
      add(div, el('p', null, 'Evaluated per impact; no impact of this company is known by this date.'));
    } else if (!applicable(r)) {
      add(div, el('p', null, 'Not applicable to this company.'));
    } else if (impacts) {
      var v = add(div, el('p', 'verdict'));
      add(v, el('span', 'badge s-' + S[r[1]], S[r[1]]));
      add(v, el('span', null, 'score ' + r[2] + ': the worst of its impacts'));
      impacts.forEach(function (i) { div.appendChild(impactSection(co, i)); });
    } else {
      resultBody(div, co, r);
    }
    return div;
  }
  function derivedSection(co, x) {
    var s = el('section', 'derived'), h = add(s, el('h3', null, 'From '));
    if (x[0] >= 0) h.appendChild(cellLink(co.id + ':' + x[1], x[1])); else h.appendChild(document.createTextNode(x[1]));
    h.appendChild(document.createTextNode(' (' + meta.relations[x[2]] + ', mapping ' + x[3] + ')'));
    var v = add(s, el('p', 'verdict'));
    add(v, el('span', 'badge s-' + S[x[4]], S[x[4]]));
    add(v, el('span', null, 'score ' + x[5]));
    add(v, el('span', null, 'counts as ' + S[x[6]] + ' ' + x[7]));
    if (!x[8].length) add(s, el('p', null, 'It rests on no evidence.'));
    else {
      var ul = add(s, el('ul', 'claims'));
      x[8].forEach(function (k) { ul.appendChild(claimItem(co, k)); });
    }
    return s;
  }
  function flagNames(bits) {
    return FL.filter(function (n, i) { return bits & (1 << i); }).join(', ');
  }
  function showPanel(ci, row) {
    var co = detail(ci), f = co.v[row], o = obs[row], c = companies[ci];
    panel.textContent = '';
    panel.classList.toggle('chosen', !!f);
    if (!f) { add(panel, el('p', 'hint', 'No verdict for this cell.')); return; }
    add(panel, el('h2', null, o[2] + ': ' + o[3]));
    add(panel, el('p', 'company', c.name));
    var p = add(panel, el('p', 'verdict'));
    add(p, el('span', 'badge s-' + S[st(f)], S[st(f)]));
    if (f[1] !== null) add(p, el('span', null, 'score ' + f[1]));
    add(p, el('span', null, 'weight ' + W[wt(f)]));
    if (flags(f)) add(p, el('span', null, 'flags: ' + flagNames(flags(f))));
    if (reasonOf(f) >= 0) add(panel, el('p', 'reason', co.reasons[reasonOf(f)]));
    // What the company's evidence covers and leaves out, under the verdict it bears on.
    if (co.note) add(panel, el('div', 'note', 'About the evidence: ' + co.note));
    var rules = rulesOf(f), derived = derivedOf(f);
    if (derived.length)
      add(panel, el('p', 'hint', 'Carried over mappings: the mean of what each source counts for ' +
                                 '(equal and superset carry a verdict whole; subset and intersect halve its score).'));
    derived.forEach(function (x) { panel.appendChild(derivedSection(co, x)); });
    rules.forEach(function (r) { panel.appendChild(ruleSection(co, r)); });
    if (o[6] && !rules.length)
      add(panel, el('p', 'hint', 'Aggregated from its sub-obligations (the rows below it).'));
    else if (!rules.length && !derived.length && reasonOf(f) < 0)
      add(panel, el('p', 'hint', 'No rule checks this obligation.'));
  }
)JS";
}

}  // namespace ungap::report
