// The HTML report's style sheet and script: fixed text, no input in them. The script reads the
// cell data from the JSON <script> block and builds the evidence panel with DOM calls
// (textContent, never innerHTML), so input text is never parsed as markup.
#include "report/html_parts.h"

namespace ungap::report {

std::string_view html_style() {
  return R"CSS(:root{--met:#2e7d32;--partial:#f2a900;--gap:#c62828;--na:#cfd8dc;--nass:#eceff1;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;font-size:14px;color:#1c1c1c}
body{margin:0;display:flex;flex-direction:column;height:100vh}
header{padding:.5em 1em;border-bottom:1px solid #ccc;background:#fafafa}
h1{font-size:1.3em;margin:.2em 0}
header p{margin:.3em 0}
#filters{display:flex;flex-wrap:wrap;gap:.4em 1.2em;align-items:center}
#filters fieldset{border:none;padding:0;margin:0;display:inline-flex;gap:.4em}
#filters legend{float:left;margin-right:.4em}
#filters select{max-width:24em}
#shown{color:#555}
main{flex:1;display:flex;min-height:0}
#map{flex:1;overflow:auto}
#panel{width:36em;max-width:45%;overflow:auto;border-left:1px solid #ccc;padding:0 1em;background:#fff}
table{border-collapse:collapse}
#heatmap th,#heatmap td{border:1px solid #fff;padding:.2em .4em;vertical-align:middle}
#heatmap thead th{position:sticky;top:0;background:#37474f;color:#fff;z-index:2}
#heatmap tr.fw th{background:#eceff1;text-align:left;font-size:1.05em;padding:.4em}
#heatmap th.id{text-align:left;font-weight:600;white-space:nowrap;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em}
#heatmap td.title{max-width:28em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
#heatmap td.weight{color:#555;font-size:.9em}
td.cell,.legend .cell{text-align:center;min-width:4em;cursor:pointer;font-variant-numeric:tabular-nums;border-radius:3px}
.legend .cell{display:inline-block;padding:.1em .5em;cursor:default}
.s-met{background:var(--met);color:#fff}
.s-partial{background:var(--partial);color:#000}
.s-gap{background:var(--gap);color:#fff}
.s-not-applicable{background:var(--na);color:#333}
.s-not-assessed{background:var(--nass);color:#666}
label.s-met,label.s-partial,label.s-gap,label.s-not-applicable,label.s-not-assessed{padding:.1em .4em;border-radius:3px}
td.cell sup{font-size:.7em;margin-left:.2em;font-weight:700}
td.cell.dim{opacity:.15}
td.cell.selected{outline:3px solid #1565c0;outline-offset:-3px}
td.cell:focus{outline:2px dashed #1565c0}
tr.hidden{display:none}
#panel h2{font-size:1.15em;margin:.8em 0 .2em}
#panel h3{font-size:1em;margin:1em 0 .2em;border-top:1px solid #ddd;padding-top:.5em}
#panel .verdict span{margin-right:.6em}
#panel .badge{padding:.1em .5em;border-radius:3px}
#panel .loc,#panel .meta,#panel .dating{color:#555;font-size:.88em}
#panel ul{padding-left:1.2em;margin:.3em 0}
#panel li.el-met::marker{content:"\2713  ";color:var(--met)}
#panel li.el-missing::marker{content:"\2717  ";color:var(--gap)}
#panel li.el-missing{color:#8e0000}
#panel ul.claims{list-style:none;padding-left:.6em;border-left:3px solid #ddd}
#panel q{font-style:italic}
#panel .contested{background:#fff3e0;padding:.3em .6em;border-radius:3px}
.hint{color:#666}
#inputs{padding:.3em 1em;border-top:1px solid #ccc;font-size:.85em}
@media print{#filters,#panel{display:none}body{height:auto}}
)CSS";
}

std::string_view html_script() {
  return R"JS((function () {
  'use strict';
  var data = JSON.parse(document.getElementById('ungap-data').textContent);
  var panel = document.getElementById('panel');
  var cells = Array.prototype.slice.call(document.querySelectorAll('td.cell[data-key]'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('#heatmap tr'));

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }

  function claimItem(company, id) {
    var c = (data.claims[company] || {})[id];
    var li = el('li', 'claim');
    if (!c) { li.textContent = id; return li; }
    if (c.quote) add(li, el('q', null, c.quote)); else add(li, el('span', null, c.summary));
    var meta = add(li, el('div', 'meta'));
    meta.appendChild(document.createTextNode(
        [c.source, c.publisher, c.date, c.quality].filter(Boolean).join(' \u00b7 ') + ' '));
    if (c.dating) add(li, el('div', 'dating', 'Source ' + c.dating));
    if (/^https?:\/\//.test(c.url || '')) {
      var a = add(meta, el('a', null, 'source'));
      a.href = c.url;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
    }
    add(li, el('div', 'loc', 'claim ' + id + ' at ' + c.location));
    return li;
  }

  function elementList(company, elements) {
    var ul = el('ul', 'elements');
    elements.forEach(function (e) {
      var li = add(ul, el('li', e.met ? 'el-met' : 'el-missing',
                          (e.text || e.id) + (e.text ? ' (' + e.id + ')' : '') + (e.met ? '' : ': missing')));
      if (e.claims.length) {
        var claims = add(li, el('ul', 'claims'));
        e.claims.forEach(function (id) { claims.appendChild(claimItem(company, id)); });
      }
    });
    return ul;
  }

  function ruleSection(company, r) {
    var div = el('section', 'rule');
    add(div, el('h3', null, 'Rule ' + r.id + (r.title ? ': ' + r.title : '')));
    add(div, el('div', 'loc', r.location));
    if (r.impacts && !r.impacts.length) {
      add(div, el('p', null, 'Evaluated per impact; no impact of this company is known by this date.'));
      return div;
    }
    if (!r.applicable) { add(div, el('p', null, 'Not applicable to this company.')); return div; }
    if (r.impacts) {
      var v = add(div, el('p', 'verdict'));
      add(v, el('span', 'badge s-' + r.status, r.status));
      add(v, el('span', null, 'score ' + r.score + ': the worst of its impacts'));
      r.impacts.forEach(function (i) { div.appendChild(impactSection(company, i)); });
      return div;
    }
    resultBody(div, company, r);
    return div;
  }

  // A rule's (or one impact's) verdict, elements and contested evidence.
  function resultBody(div, company, r) {
    var p = add(div, el('p', 'verdict'));
    add(p, el('span', 'badge s-' + r.status, r.status));
    add(p, el('span', null, 'score ' + r.score));
    add(p, el('span', null, r.required + ' of ' + r.elements.length + ' elements needed'));
    if (r.due) add(p, el('span', null, 'due ' + r.due));
    div.appendChild(elementList(company, r.elements));
    if (r.contested.length) {
      var c = add(div, el('div', 'contested'));
      add(c, el('strong', null, 'Contested by'));
      c.appendChild(elementList(company, r.contested));
    }
  }

  function impactSection(company, r) {
    var div = el('section', 'impact');
    add(div, el('h4', null, 'Impact ' + r.impact + ': ' + r.impact_title));
    add(div, el('div', 'loc', 'severity: ' + (r.severity || 'not given') + '; involvement: ' + (r.involvement || 'not given')));
    if (!r.applicable) { add(div, el('p', null, 'Not applicable to this impact.')); return div; }
    resultBody(div, company, r);
    return div;
  }

  function show(key) {
    var d = data.cells[key];
    if (!d) return;
    cells.forEach(function (c) { c.classList.toggle('selected', c.dataset.key === key); });
    panel.textContent = '';
    add(panel, el('h2', null, d.obligation + ': ' + d.title));
    add(panel, el('p', 'company', d.company_name));
    var p = add(panel, el('p', 'verdict'));
    add(p, el('span', 'badge s-' + d.status, d.status));
    if (d.score !== '') add(p, el('span', null, 'score ' + d.score));
    add(p, el('span', null, 'weight ' + d.weight));
    if (d.flags) add(p, el('span', null, 'flags: ' + d.flags));
    if (d.reason) add(panel, el('p', 'reason', d.reason));
    if (d.derived.length)
      add(panel, el('p', 'hint', 'Carried over mappings: the mean of what each source counts for ' +
                                 '(equal and superset carry a verdict whole; subset and intersect halve its score).'));
    d.derived.forEach(function (x) {
      var s = add(panel, el('section', 'derived'));
      add(s, el('h3', null, 'From ' + x.from + ' (' + x.relation + ', mapping ' + x.mapping + ')'));
      var v = add(s, el('p', 'verdict'));
      add(v, el('span', 'badge s-' + x.status, x.status));
      add(v, el('span', null, 'score ' + x.score));
      add(v, el('span', null, 'counts as ' + x.carried_status + ' ' + x.carried_score));
      if (!x.claims.length) add(s, el('p', null, 'It rests on no evidence.'));
      else {
        var ul = add(s, el('ul', 'claims'));
        x.claims.forEach(function (id) { ul.appendChild(claimItem(d.company, id)); });
      }
    });
    d.rules.forEach(function (r) { panel.appendChild(ruleSection(d.company, r)); });
    if (d.parent && !d.rules.length)
      add(panel, el('p', 'hint', 'Aggregated from its sub-obligations (the rows below it).'));
    else if (!d.rules.length && !d.derived.length && !d.reason)
      add(panel, el('p', 'hint', 'No rule checks this obligation.'));
    try { history.replaceState(null, '', '#cell=' + encodeURIComponent(key)); } catch (e) {}
  }

  cells.forEach(function (c) {
    c.addEventListener('click', function () { show(c.dataset.key); });
    c.addEventListener('keydown', function (e) { if (e.key === 'Enter') show(c.dataset.key); });
  });

  var fw = document.getElementById('f-framework');
  var weight = document.getElementById('f-weight');
  var flag = document.getElementById('f-flag');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name=status]'));
  function apply() {
    var statuses = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var shown = 0;
    cells.forEach(function (c) {
      var ok = statuses.indexOf(c.dataset.status) >= 0 && (!weight.value || c.dataset.weight === weight.value) &&
               (!flag.value || c.dataset.flags.split(' ').indexOf(flag.value) >= 0);
      c.classList.toggle('dim', !ok);
      c.dataset.match = ok ? '1' : '';
    });
    rows.forEach(function (r) {
      if (!r.dataset.fw) return;
      var visible = !fw.value || r.dataset.fw === fw.value;
      if (visible && r.classList.contains('ob'))
        visible = Array.prototype.some.call(r.querySelectorAll('td.cell'), function (c) { return c.dataset.match; });
      r.classList.toggle('hidden', !visible);
      if (visible && r.classList.contains('ob')) shown += r.querySelectorAll('td.cell[data-match="1"]').length;
    });
    document.getElementById('shown').textContent = shown + ' of ' + cells.length + ' verdicts shown';
  }
  [fw, weight, flag].concat(boxes).forEach(function (i) { i.addEventListener('change', apply); });
  apply();

  var m = /^#cell=(.+)$/.exec(location.hash);
  if (m) {
    var key = decodeURIComponent(m[1]);
    var target = cells.filter(function (c) { return c.dataset.key === key; })[0];
    if (target) { target.click(); target.scrollIntoView({block: 'center'}); }
  }
})();
)JS";
}

}  // namespace ungap::report
