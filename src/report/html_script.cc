// The HTML report's script: fixed text, no input in it. It reads the data blocks (html_data.cc),
// keeps the view's state in the URL fragment, and renders the overview and the heatmap from the
// data on demand: a page of companies at a time, so a thousand companies stay quick to open.
// Written in pieces, the evidence panel's in html_panel.cc.
#include "report/html_parts.h"

namespace ungap::report {

namespace {

// The data, its lookups, per-company scores and the URL state.
constexpr std::string_view kCore = R"JS((function () {
  'use strict';
  function byId(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }

  // The data: the workspace's tables, then one block per company (docs/outputs.md, "HTML").
  var meta = JSON.parse(byId('ungap-meta').textContent);
  var about = JSON.parse(byId('ungap-about').textContent);
  var S = meta.statuses, FL = meta.flags, W = meta.weights, obs = meta.obligations;
  var GAP = S.indexOf('gap'), PARTIAL = S.indexOf('partial'), MET = S.indexOf('met');
  var rowOf = {};
  obs.forEach(function (o, i) { rowOf[o[2]] = i; });
  // Each company: a summary parsed now, and its whole block parsed when first shown.
  var total = 0, blocks = document.querySelectorAll('script.ungap-company');
  var companies = Array.prototype.map.call(document.querySelectorAll('script.ungap-summary'), function (s, i) {
    var c = JSON.parse(s.textContent);
    c.block = blocks[i];
    total += c.n;
    return c;
  });
  function detail(ci) {
    var c = companies[ci];
    if (!c.d) {
      c.d = JSON.parse(c.block.textContent);
      c.d.id = c.id;
      c.d.v = c.d.v.map(verdictOf);
      c.d.claims = claimsOf(c.d.claims);
    }
    return c.d;
  }
  // A claim as written, [id, date, kind, quote, source, line step or location, column,
  // summary, note], read back as [id, date, kind, quote, line or location, column, source,
  // summary, note].
  function claimsOf(list) {
    var line = 0, col = 0;
    return list.map(function (k) {
      var at = k[5], column = k.length > 6 ? k[6] : col;
      if (typeof at === 'number') { line += at; at = line; col = column; } else column = 0;
      return [k[0], k[1], k[2], k[3], at, column, k[4]].concat(k.slice(7));
    });
  }
  // The block's short forms read back into the whole ones the page works with (docs/outputs.md,
  // "HTML"): a verdict [code, -2 - reason] has no score and no rule; a rule's result that does
  // not start with -1 - rule is the row's rule at that position (obligation field 7), or within
  // a rule the rule's own for each impact; an element's result [claim...] is that position's
  // element, met.
  function elementsOf(list) {
    return list.map(function (e, i) {
      return typeof e === 'number' ? e : e[0] >= 0 ? [i, 1].concat(e) : [-1 - e[0]].concat(e.slice(1));
    });
  }
  function ruleOf(r, rule) {
    var x = r[0] < 0 ? [-1 - r[0]].concat(r.slice(1)) : [rule].concat(r);
    x[3] = elementsOf(x[3]);
    if (x.length > 4) x[4] = elementsOf(x[4]);
    if (x.length > 10) x[10] = x[10].map(function (i) { return ruleOf(i, x[0]); });
    return x;
  }
  function verdictOf(f, row) {
    if (!f) return f;
    if (f.length === 2 && f[1] !== null && f[1] < 0) return [f[0], null, [], -2 - f[1]];
    var rules = obs[row][7] || [];
    if (f.length > 2) f[2] = f[2].map(function (r, i) { return ruleOf(r, rules[i]); });
    return f;
  }
  var coOf = {};
  companies.forEach(function (c, i) { coOf[c.id] = i; });
  // A verdict: [status + 5 × weight + 20 × flag bits, score, rules, reason, salience, derived],
  // the fields from rules on left off when they hold their default.
  function st(f) { return f[0] % 5; }
  function wt(f) { return Math.floor(f[0] / 5) % 4; }
  function flags(f) { return Math.floor(f[0] / 20); }
  function rulesOf(f) { return f[2] || []; }
  function reasonOf(f) { return f.length > 3 ? f[3] : -1; }
  function salienceOf(f) { return f[4] || 0; }
  function derivedOf(f) { return f[5] || []; }
  function assessed(f) { var s = st(f); return s === GAP || s === PARTIAL || s === MET; }
  function cellKey(ci, row) { return companies[ci].id + ':' + obs[row][2]; }
  function parseKey(key) {  // "company:framework/obligation" -> [company, row], or null
    for (var at = key.indexOf(':'); at >= 0; at = key.indexOf(':', at + 1)) {
      var ci = coOf[key.slice(0, at)], row = rowOf[key.slice(at + 1)];
      if (ci !== undefined && row !== undefined) return [ci, row];
    }
    return null;
  }

  // Per company and framework (summary "s"): [status, score or null, then the count of each
  // status over the framework's listed verdicts]. The status and score are the framework's
  // verdict for the company, computed by ungap as every report computes it (docs/evaluation.md
  // §6b): the page only reads them. Frameworks are different yardsticks, so there is no score
  // over all of them.
  function score(ci, p) { return companies[ci].s[p][1]; }
  function byCompanyId(a, b) {
    var x = companies[a].id, y = companies[b].id;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  // The ranking of `--layout matrix`: assessed first, higher score, fewer gaps, more met, id.
  function ranked(a, b, p) {
    var x = companies[a].s[p], y = companies[b].s[p];
    return (x[1] === null) - (y[1] === null) || (y[1] || 0) - (x[1] || 0) ||
           x[2 + GAP] - y[2 + GAP] || y[2 + MET] - x[2 + MET] || byCompanyId(a, b);
  }

  // The view's state, kept in the URL fragment so that a reload or a shared link shows the same.
  var KEYS = ['view', 'co', 'fw', 'st', 'w', 'flag', 'sort', 'rows', 'page', 'cell'];
  var state = {};
  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    KEYS.forEach(function (k) { state[k] = p.get(k) || ''; });
    if (!state.view) state.view = state.cell ? 'map' : 'overview';
  }
  function hashOf(s) {
    var p = new URLSearchParams();
    KEYS.forEach(function (k) { if (s[k] && !(k === 'view' && s[k] === 'overview')) p.set(k, s[k]); });
    return '#' + p.toString();
  }
  function with_(changes) {
    var s = {};
    KEYS.forEach(function (k) { s[k] = k in changes ? changes[k] : state[k]; });
    return s;
  }
  function go(changes) {
    state = with_(changes);
    try { history.replaceState(null, '', hashOf(state)); } catch (e) {}
    render();
  }
  function cellLink(key, text) {
    var a = el('a', null, text);
    a.href = hashOf(with_({view: 'map', cell: key}));
    a.addEventListener('click', function (e) { e.preventDefault(); go({view: 'map', cell: key}); });
    return a;
  }
)JS";

// The overview, the heatmap and the controls.
constexpr std::string_view kViews =
    R"JS(  // The overview: per framework the spread of statuses and the companies ranked by score, then
  // the most severe gaps over all companies (salience, docs/evaluation.md 6a).
  var overview = byId('overview'), overviewDone = false;
  function numCell(tr, text) { return add(tr, el('td', 'num', text === null ? '\u2013' : String(text))); }
  function spread(parent, counts) {
    var all = counts.reduce(function (a, b) { return a + b; }, 0), bar = add(parent, el('div', 'bar'));
    var words = [];
    S.forEach(function (name, i) {
      if (!counts[i]) return;
      var s = add(bar, el('span', 's-' + name, String(counts[i])));
      s.style.width = (100 * counts[i] / all) + '%';
      s.title = counts[i] + ' ' + name;
      words.push(counts[i] + ' ' + name);
    });
    add(parent, el('p', 'hint', words.join(', ') || 'no verdicts'));
  }
  function rankTable(parent, p, limit) {
    var order = companies.map(function (c, i) { return i; });
    if (!order.some(function (i) { return score(i, p) !== null; })) {
      add(parent, el('p', 'hint', 'No company has an assessed obligation here.'));
      return;
    }
    order.sort(function (a, b) { return ranked(a, b, p); });
    var box = add(parent, el('div', 'scroll')), table = add(box, el('table', 'rank'));
    var head = add(add(table, el('thead')), el('tr'));
    ['#', 'Company', 'Status', 'Score', 'gap', 'partial', 'met'].forEach(function (h) { add(head, el('th', null, h)); });
    var body = add(table, el('tbody'));
    order.slice(0, limit).forEach(function (ci, n) {
      var tr = add(body, el('tr')), t = companies[ci].s[p];
      numCell(tr, n + 1);
      var a = add(add(tr, el('td')), el('a', null, companies[ci].name));
      a.href = hashOf(with_({view: 'map', co: companies[ci].id, fw: meta.frameworks[p][0], page: '', cell: ''}));
      add(add(tr, el('td')), el('span', 'badge s-' + S[t[0]], S[t[0]]));
      numCell(tr, score(ci, p));
      [GAP, PARTIAL, MET].forEach(function (s) { numCell(tr, t[2 + s]); });
    });
    if (order.length > limit) {
      var more = add(parent, el('button', null, 'Show all ' + order.length + ' companies'));
      more.type = 'button';
      more.addEventListener('click', function () { box.remove(); more.remove(); rankTable(parent, p, order.length); });
    }
  }
  // A company's most severe gaps (summary "top"): [row, status, score, weight, salience], in
  // this order already; merged over companies.
  function worse(a, b) {  // a before b: more salient, heavier, worse status, lower score
    return b.g[4] - a.g[4] || a.g[3] - b.g[3] || a.g[1] - b.g[1] || a.g[2] - b.g[2] || a.ci - b.ci || a.g[0] - b.g[0];
  }
  function severeGaps(limit) {
    var all = [];
    companies.forEach(function (c, ci) { c.top.forEach(function (g) { all.push({ci: ci, g: g}); }); });
    return all.sort(worse).slice(0, limit);
  }
  function renderOverview() {
    if (overviewDone) return;
    overviewDone = true;
    add(overview, el('h2', null, 'Overview'));
    add(overview, el('p', null, 'Score: a company\u2019s verdict on the framework, its top-level obligations combined as ' +
                               'a parent combines its parts (the mean score of those met, partial or gap); the same ' +
                               'score as every other report of this run. Frameworks are different yardsticks, so ' +
                               'scores are per framework only. Counts: the company\u2019s verdicts on the framework\u2019s ' +
                               'listed obligations, sub-obligations included. Choose a company or a gap to open it in ' +
                               'the heatmap.'));
    meta.frameworks.forEach(function (fw, p) {
      var block = add(overview, el('section', 'fwblock'));
      add(block, el('h2', null, fw[1]));
      var counts = S.map(function () { return 0; });
      companies.forEach(function (c) { counts.forEach(function (n, i) { counts[i] += c.s[p][2 + i]; }); });
      add(block, el('h3', null, 'Spread of statuses over all companies\u2019 verdicts'));
      spread(block, counts);
      add(block, el('h3', null, 'Companies by score, highest first'));
      rankTable(block, p, 10);
    });
    add(overview, el('h2', null, 'Most severe gaps'));
    add(overview, el('p', 'hint', 'Gaps and partial verdicts, ordered by the severity of the impacts they concern, ' +
                                  'then by weight, status and score.'));
    var box = add(overview, el('div', 'scroll')), table = add(box, el('table', 'gaps'));
    var head = add(add(table, el('thead')), el('tr'));
    ['Company', 'Obligation', 'Status', 'Score', 'Weight', 'Impact severity'].forEach(function (h) { add(head, el('th', null, h)); });
    var body = add(table, el('tbody'));
    severeGaps(25).forEach(function (x) {
      var tr = add(body, el('tr')), g = x.g, o = obs[g[0]];
      add(tr, el('td', null, companies[x.ci].name));
      add(add(tr, el('td')), cellLink(cellKey(x.ci, g[0]), o[2] + ': ' + o[3]));
      add(add(tr, el('td')), el('span', 'badge s-' + S[g[1]], S[g[1]]));
      numCell(tr, g[2]);
      add(tr, el('td', null, W[g[3]]));
      numCell(tr, g[4] || null);
    });
  }

  // The heatmap: obligations (rows) × companies (columns), a page of companies at a time.
  var PAGE = 25;
  var map = byId('map'), shown = byId('shown'), lastCell = '';
  function fwPos() {
    for (var p = 0; p < meta.frameworks.length; p++) if (meta.frameworks[p][0] === state.fw) return p;
    return -1;
  }
  function fwRows() {  // the rows of the chosen framework, or of all
    var fw = fwPos(), rows = [];
    obs.forEach(function (o, r) { if (fw < 0 || o[0] === fw) rows.push(r); });
    return rows;
  }
  // The companies the filters choose, sorted, before paging: those the company filter names and,
  // when a status, weight or flag is chosen, that have a verdict it matches (summary "c").
  function chosenCompanies(ok) {
    var q = state.co.toLowerCase(), fw = fwPos(), list = [], rows = fwRows();
    var verdictFilter = !!(state.st || state.w || state.flag);
    companies.forEach(function (c, i) {
      if (q && c.id.toLowerCase().indexOf(q) < 0 && c.name.toLowerCase().indexOf(q) < 0) return;
      if (verdictFilter && !rows.some(function (r) { return c.c[r] >= 0 && ok(c.c[r]); })) return;
      list.push(i);
    });
    if (state.sort === 'name')
      list.sort(function (a, b) { return companies[a].name.localeCompare(companies[b].name) || a - b; });
    else if (state.sort && fw >= 0)  // highest first is the overview's ranking; lowest first its reverse
      list.sort(function (a, b) {
        if (state.sort === '-score') return ranked(a, b, fw);
        return (score(a, fw) === null) - (score(b, fw) === null) || ranked(b, a, fw);
      });
    return list;
  }
  function matcher() {  // on a verdict's code (its first field)
    var sts = state.st ? state.st.split(',') : null, w = W.indexOf(state.w), fl = FL.indexOf(state.flag);
    return function (k) {
      var f = [k];
      return (!sts || sts.indexOf(S[st(f)]) >= 0) && (w < 0 || wt(f) === w) && (fl < 0 || (flags(f) & (1 << fl)));
    };
  }
  // The rows shown, their order and the count of matching verdicts, over all the chosen
  // companies (every page), from the summaries' codes: a page shows the same rows as the next.
  function chosenRows(cos, ok) {
    var rows = fwRows(), gaps = {}, count = 0;
    rows = rows.filter(function (r) {
      var any = false, g = 0;
      cos.forEach(function (ci) {
        var k = companies[ci].c[r];
        if (k < 0) return;
        if (ok(k)) { any = true; count++; }
        if (k % 5 === GAP) g++;
      });
      gaps[r] = g;
      return any;
    });
    if (state.rows === 'gaps') rows.sort(function (a, b) { return gaps[b] - gaps[a] || a - b; });
    if (state.rows === 'weight') rows.sort(function (a, b) { return obs[a][5] - obs[b][5] || a - b; });
    return {rows: rows, count: count};
  }
  function marks(bits) {
    return ['C', 'O', 'L', 'D'].filter(function (m, i) { return bits & (1 << FL.indexOf(['contested', 'overdue', 'late', 'derived'][i])); }).join('');
  }
  function cell(tr, ci, r, ok) {
    var f = detail(ci).v[r];
    if (!f) { add(tr, el('td')); return; }
    var td = add(tr, el('td', 'cell s-' + S[st(f)] + (ok(f[0]) ? '' : ' dim'), f[1] === null ? '\u00b7' : String(f[1])));
    var m = marks(flags(f));
    if (m) add(td, el('sup', null, m));
    td.tabIndex = 0;
    td.dataset.key = cellKey(ci, r);
    if (td.dataset.key === state.cell) td.classList.add('selected');
  }
  function renderMap() {
    var ok = matcher(), cos = chosenCompanies(ok), chosen = state.cell && parseKey(state.cell);
    var pages = Math.max(1, Math.ceil(cos.length / PAGE)), page = Math.min(Math.max(parseInt(state.page, 10) || 1, 1), pages);
    if (chosen && state.cell !== lastCell && cos.indexOf(chosen[0]) >= 0) page = Math.floor(cos.indexOf(chosen[0]) / PAGE) + 1;
    lastCell = state.cell;
    var onPage = cos.slice((page - 1) * PAGE, page * PAGE), picked = chosenRows(cos, ok);
    var here = cos.reduce(function (n, ci) { return n + companies[ci].n; }, 0);
    byId('page').textContent = 'companies ' + (cos.length ? (page - 1) * PAGE + 1 : 0) + '\u2013' +
                               ((page - 1) * PAGE + onPage.length) + ' of ' + cos.length;
    byId('prev').disabled = page <= 1;
    byId('next').disabled = page >= pages;
    byId('prev').onclick = function () { go({page: String(page - 1)}); };
    byId('next').onclick = function () { go({page: String(page + 1)}); };
    shown.textContent = picked.count + ' of ' + here + ' verdicts match, ' + cos.length + (cos.length === 1 ? ' company' : ' companies') +
                        ' chosen (' + total + ' verdicts in all)' +
                        (state.sort && state.sort !== 'name' && fwPos() < 0 ? '; sorting by score needs a framework: choose one' : '');
    var table = el('table'), head = add(add(table, el('thead')), el('tr'));
    table.id = 'heatmap';
    add(head, el('th', 'corner', 'Obligation'));
    onPage.forEach(function (ci) { var th = add(head, el('th', 'co', companies[ci].name)); th.title = companies[ci].id; });
    var body = add(table, el('tbody')), lastFw = -1;
    picked.rows.forEach(function (r) {
      var o = obs[r];
      if (!state.rows && o[0] !== lastFw) {
        lastFw = o[0];
        var th = add(add(body, el('tr', 'fw')), el('th'));
        th.colSpan = 1 + onPage.length;
        add(th, el('span', null, meta.frameworks[o[0]][1]));
      }
      var tr = add(body, el('tr', 'ob')), h = add(tr, el('th', 'ob'));
      h.style.paddingLeft = (0.4 + o[4]) + 'em';
      h.title = o[2] + ': ' + o[3] + ' (weight ' + W[o[5]] + ')';
      add(h, el('code', null, o[1]));
      add(h, el('span', 't', o[3]));
      add(h, el('span', 'w', W[o[5]]));
      onPage.forEach(function (ci) { cell(tr, ci, r, ok); });
    });
    map.textContent = '';
    map.appendChild(table);
    if (!picked.rows.length) add(map, el('p', 'hint', 'No verdict matches the filters.'));
    var sel = map.querySelector('td.selected');
    if (sel && state.cell !== map.dataset.scrolled) {  // into the middle of the map's own box only
      var box = map.getBoundingClientRect(), at = sel.getBoundingClientRect();
      map.scrollTop += at.top - box.top - map.clientHeight / 2;
      map.scrollLeft += at.left - box.left - map.clientWidth / 2;
      map.dataset.scrolled = state.cell;
    }
  }
  map.addEventListener('click', function (e) {
    var td = e.target.closest('td.cell');
    if (td) go({cell: td.dataset.key});
  });
  // A cell's tooltip is written when the pointer first reaches it: tens of thousands of cells
  // are drawn at a time, and most are never pointed at.
  map.addEventListener('mouseover', function (e) {
    var td = e.target.closest('td.cell'), at = td && !td.title && parseKey(td.dataset.key);
    if (!at) return;
    var f = detail(at[0]).v[at[1]];
    td.title = companies[at[0]].name + ' \u2014 ' + obs[at[1]][2] + ': ' + S[st(f)] + (f[1] === null ? '' : ' ' + f[1]) +
               (flags(f) ? ' (' + flagNames(flags(f)) + ')' : '');
  });
  map.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && e.target.dataset && e.target.dataset.key) go({cell: e.target.dataset.key});
  });

  // The controls: filled from the data, and kept in step with the state.
  function options(select, list) {
    list.forEach(function (x) { var o = add(select, el('option', null, x[1])); o.value = x[0]; });
  }
  var fwSel = byId('f-framework'), wSel = byId('f-weight'), flSel = byId('f-flag'), coIn = byId('f-company');
  var sortSel = byId('f-sort'), rowSel = byId('f-rows'), stBox = byId('f-status');
  options(fwSel, meta.frameworks);
  options(wSel, W.map(function (w) { return [w, w]; }));
  options(flSel, FL.map(function (f) { return [f, f]; }));
  var boxes = S.map(function (s) {
    var label = add(stBox, el('label', 's-' + s)), box = add(label, el('input'));
    box.type = 'checkbox';
    box.name = 'status';
    box.value = s;
    label.appendChild(document.createTextNode(' ' + s));
    return box;
  });
  function statusValue() {
    var on = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    return on.length === S.length ? '' : on.join(',') || 'none';
  }
  [[fwSel, 'fw'], [wSel, 'w'], [flSel, 'flag'], [sortSel, 'sort'], [rowSel, 'rows']].forEach(function (x) {
    x[0].addEventListener('change', function () { var c = {page: ''}; c[x[1]] = x[0].value; go(c); });
  });
  coIn.addEventListener('change', function () { go({co: coIn.value, page: ''}); });
  boxes.forEach(function (b) { b.addEventListener('change', function () { go({st: statusValue(), page: ''}); }); });
  function syncControls() {
    fwSel.value = state.fw; wSel.value = state.w; flSel.value = state.flag; coIn.value = state.co;
    sortSel.value = state.sort; rowSel.value = state.rows;
    var st = state.st ? state.st.split(',') : S;
    boxes.forEach(function (b) { b.checked = st.indexOf(b.value) >= 0; });
  }

  function render() {
    document.body.className = 'v-' + (state.view === 'map' ? 'map' : 'overview');
    byId('tab-overview').className = state.view === 'map' ? '' : 'on';
    byId('tab-map').className = state.view === 'map' ? 'on' : '';
    byId('tab-overview').href = hashOf(with_({view: 'overview'}));
    byId('tab-map').href = hashOf(with_({view: 'map'}));
    syncControls();
    var chosen = state.cell && parseKey(state.cell);
    if (chosen) showPanel(chosen[0], chosen[1]);
    if (state.view === 'map') renderMap(); else renderOverview();
  }
  byId('meta').textContent = 'ungap ' + about[0] + ', as of ' + meta.as_of + '. ' + about[1];
  window.addEventListener('hashchange', function () { readHash(); render(); });
  readHash();
  render();
})();
)JS";

}  // namespace

std::vector<std::string_view> html_script() {
  return {kCore, html_panel_script(), kViews};
}

}  // namespace ungap::report
