// Checks run inside a copy of an HTML report (tests/browser/run.sh appends this file as an inline
// script): they drive the page as a reader does (the URL fragment, the controls, clicks) and
// write one line per check into <pre id="checks">, "ok: ..." or "FAIL: ...", for the test to read
// from the dumped DOM. Which checks run depends on the fragment the page was opened with:
//   #check=walk     overview, heatmap, sticky headers, filters, sorting, mapped-cell links
//   #check=phone    no sideways overflow of the page at phone width, sticky headers
//   #check=print    the print style sheet applied on screen: evidence shown, controls hidden
//   #check=paging   (a report of more than 25 companies) the state restored from the fragment,
//                   then sorting and counts over every page, not only the one shown
//   any other       the state restored from the fragment (the controls show it)
(function () {
  'use strict';
  var out = document.createElement('pre');
  out.id = 'checks';
  document.body.appendChild(out);
  function report(ok, what) { out.textContent += (ok ? 'ok: ' : 'FAIL: ') + what + '\n'; }
  function $(s) { return document.querySelector(s); }
  function $$(s) { return Array.prototype.slice.call(document.querySelectorAll(s)); }
  function visible(e) { return !!e && e.getClientRects().length > 0 && getComputedStyle(e).display !== 'none'; }
  function change(e, value) { e.value = value; e.dispatchEvent(new Event('change')); }
  function hash(h) {
    return new Promise(function (done) {
      window.addEventListener('hashchange', function () { setTimeout(done, 0); }, {once: true});
      location.hash = h;
    });
  }
  function param(k) { return new URLSearchParams(location.hash.slice(1)).get(k); }
  function lit() { return $$('#heatmap td.cell').filter(function (c) { return !c.classList.contains('dim'); }); }

  function sticky(label) {
    var map = $('#map');
    map.scrollLeft = map.scrollWidth;
    map.scrollTop = 400;
    var box = map.getBoundingClientRect(), row = $$('#heatmap tr.ob th.ob').filter(function (t) {
      var r = t.getBoundingClientRect();
      return r.top > box.top + 40 && r.bottom < box.bottom;
    })[0];
    report(map.scrollLeft > 0, label + ': the heatmap scrolls sideways in its box');
    report(row && Math.abs(row.getBoundingClientRect().left - box.left) < 2, label + ': obligation column stays in view');
    var head = $('#heatmap thead th.co');
    report(head && Math.abs(head.getBoundingClientRect().top - box.top) < 2, label + ': header row stays in view');
    map.scrollLeft = 0;
    map.scrollTop = 0;
  }

  async function walk() {
    report(visible($('#overview')) && !visible($('#map')), 'opens on the overview');
    var blocks = $$('#overview section.fwblock');
    report(blocks.length > 0 && blocks.every(function (b) {
      return b.querySelector('table.rank') || /No company has an assessed obligation/.test(b.textContent);
    }), 'a ranking per framework (or why there is none)');
    var ranks = $$('#overview table.rank');
    var scores = ranks[ranks.length - 1].querySelectorAll('tbody tr td:nth-child(4)');
    var nums = Array.prototype.map.call(scores, function (t) { return parseFloat(t.textContent); });
    report(nums.length > 1 && nums.every(function (n, i) { return !i || n <= nums[i - 1]; }), 'ranked by score, highest first: ' + nums.join(' '));
    report($$('#overview .bar span').length > 0, 'the spread of statuses');
    var gaps = $$('#overview table.gaps tbody tr');
    report(gaps.length > 0 && gaps.length <= 25, 'most severe gaps: ' + gaps.length);
    report(gaps[0] && /^(gap|partial)$/.test(gaps[0].querySelector('.badge').textContent), 'the first severe gap is a gap or partial');
    var severity = gaps.map(function (g) { return parseInt(g.lastChild.textContent, 10) || 0; });
    report(severity.every(function (n, i) { return !i || n <= severity[i - 1]; }), 'gaps ordered by impact severity: ' + severity.slice(0, 5).join(' '));

    gaps[0].querySelector('a').click();
    report(param('view') === 'map' && !!param('cell') && visible($('#map')), 'a gap opens its cell in the heatmap: ' + param('cell'));
    report($('#heatmap td.cell.selected') && $('#panel h2') !== null, 'the chosen cell is marked and its evidence shown');

    await hash('#view=map');
    $('#map').style.maxWidth = '420px';
    sticky('desktop');
    $('#map').style.maxWidth = '';

    change($('#f-framework'), 'ungp');
    report(param('fw') === 'ungp' && $$('#heatmap tr.fw').length === 1, 'framework filter, in the URL');
    var before = lit().length;
    $$('#f-status input').forEach(function (b) { b.checked = b.value === 'gap'; });
    $('#f-status input').dispatchEvent(new Event('change'));
    report(param('st') === 'gap' && lit().length > 0 && lit().every(function (c) { return c.classList.contains('s-gap'); }),
           'status filter, in the URL: ' + lit().length + ' of ' + before);
    change($('#f-weight'), 'critical');
    report(param('w') === 'critical' && lit().length < before, 'weight filter, in the URL: ' + lit().length);
    change($('#f-weight'), '');
    $$('#f-status input').forEach(function (b) { b.checked = true; });
    $('#f-status input').dispatchEvent(new Event('change'));
    report(param('st') === null && lit().length === $$('#heatmap td.cell').length, 'all statuses again');
    change($('#f-flag'), 'contested');
    report(param('flag') === 'contested' && lit().length > 0 &&
           lit().every(function (c) { var s = c.querySelector('sup'); return s && s.textContent.indexOf('C') >= 0; }),
           'flag filter, in the URL: ' + lit().length);
    change($('#f-flag'), '');
    change($('#f-company'), 'micro');
    var heads = $$('#heatmap thead th.co').map(function (t) { return t.textContent; });
    report(param('co') === 'micro' && heads.length === 1 && /Microsoft/.test(heads[0]), 'company filter, in the URL: ' + heads.join(', '));
    change($('#f-company'), '');
    change($('#f-sort'), 'name');
    heads = $$('#heatmap thead th.co').map(function (t) { return t.textContent; });
    report(param('sort') === 'name' && heads.join('|') === heads.slice().sort(function (a, b) { return a.localeCompare(b); }).join('|'),
           'companies sorted by name: ' + heads.join(', '));
    // Sorting by score needs a framework (there is no score over all of them); on one, highest
    // first is the overview's ranking.
    change($('#f-framework'), '');
    change($('#f-sort'), '-score');
    report(/sorting by score needs a framework: choose one/.test($('#shown').textContent), 'no score sort without a framework, and the page says so');
    change($('#f-framework'), 'ungp');
    var best = $$('#overview table.rank a').filter(function (a) { return /[#&]fw=ungp(&|$)/.test(a.getAttribute('href')); })[0];
    heads = $$('#heatmap thead th.co').map(function (t) { return t.textContent; });
    report(best && heads[0] === best.textContent && !/needs a framework/.test($('#shown').textContent),
           'score sort on ungp starts with the overview\'s first: ' + heads.join(', '));
    change($('#f-sort'), 'name');
    change($('#f-rows'), 'gaps');
    var counts = $$('#heatmap tr.ob').map(function (r) { return r.querySelectorAll('td.s-gap').length; });
    report(param('rows') === 'gaps' && counts.every(function (n, i) { return !i || n <= counts[i - 1]; }), 'obligations sorted by gaps: ' + counts.slice(0, 6).join(' '));
    change($('#f-rows'), '');
    change($('#f-framework'), '');

    // A cell carried over a mapping (flag D, and a source listed in its panel).
    var derived = null, link = null;
    $$('#heatmap td.cell').filter(function (c) {
      var s = c.querySelector('sup');
      return s && s.textContent.indexOf('D') >= 0;
    }).map(function (c) { return c.dataset.key; }).some(function (key) {
      derived = $('#heatmap td.cell[data-key="' + CSS.escape(key) + '"]');  // the table is redrawn on each click
      derived.click();
      link = $('#panel section.derived h3 a');
      return !!link;
    });
    report(!!link && param('cell') === derived.dataset.key, 'a derived cell links to its source: ' + (derived && derived.dataset.key));
    if (!link) return;
    var from = link.textContent;
    link.click();
    report(param('cell') === derived.dataset.key.split(':')[0] + ':' + from && $('#panel h2').textContent.indexOf(from + ':') === 0 &&
           $('#heatmap td.cell.selected').dataset.key === param('cell'), 'the link opens the source cell: ' + param('cell'));
  }

  function restored() {
    report($('#f-framework').value === (param('fw') || '') && $('#f-sort').value === (param('sort') || '') &&
           $('#f-weight').value === (param('w') || ''), 'the controls show the state in the URL');
    var st = param('st');
    report(!st || lit().every(function (c) { return st.split(',').some(function (s) { return c.classList.contains('s-' + s); }); }),
           'the cells follow the status in the URL');
  }

  // Sorting and counting cover the companies of every page. What is expected is worked out here
  // from the page's data: scores from the summaries, verdicts from the companies' own blocks.
  async function paging() {
    var data = function (cls) { return $$('script.' + cls).map(function (s) { return JSON.parse(s.textContent); }); };
    var meta = JSON.parse($('#ungap-meta').textContent), sums = data('ungap-summary'), blocks = data('ungap-company');
    var p = meta.frameworks.map(function (f) { return f[0]; }).indexOf('synthetic');
    var rows = meta.obligations.map(function (o, r) { return o[0] === p ? r : -1; }).filter(function (r) { return r >= 0; });
    report(sums.length > 25 && p >= 0, 'a report of ' + sums.length + ' companies, more than a page');
    await hash('#view=map&fw=synthetic&sort=-score');
    var heads = $$('#heatmap thead th.co').map(function (t) { return t.title; });
    var scoreOf = function (id) { var s = sums.filter(function (c) { return c.id === id; })[0].s[p][1]; return s === null ? -1 : s; };
    var lowest = Math.min.apply(null, heads.map(scoreOf));
    var later = sums.filter(function (c) { return heads.indexOf(c.id) < 0; });
    var best = sums.map(function (c) { return scoreOf(c.id); }).reduce(function (a, b) { return Math.max(a, b); });
    report(heads.length === 25 && scoreOf(heads[0]) === best && later.every(function (c) { return scoreOf(c.id) <= lowest; }),
           'score sort over every page: first ' + heads[0] + ' (' + best + '), page 1 down to ' + lowest + ', ' + later.length + ' companies after it score no more');
    report(new RegExp(' of ' + sums.length + '$').test($('#page').textContent), 'the pager counts every company: ' + $('#page').textContent);
    await hash('#view=map&fw=synthetic&st=gap');
    var gaps = 0, withGap = 0;
    blocks.forEach(function (b) {
      var n = rows.filter(function (r) { return b.v[r] && b.v[r][0] % 5 === 0; }).length;
      gaps += n;
      withGap += n > 0;
    });
    var shownText = $('#shown').textContent;
    report(shownText.indexOf(gaps + ' of ') === 0 && shownText.indexOf(' match, ' + withGap + ' companies chosen') > 0 &&
           new RegExp(' of ' + withGap + '$').test($('#page').textContent),
           'counts over every page: ' + gaps + ' gaps of ' + withGap + ' companies; shown "' + shownText + '", pager "' + $('#page').textContent + '"');
  }

  async function run() {
    var what = param('check');
    if (what === 'walk') await walk();
    else if (what === 'phone') {
      // Headless Chromium lays a page out at least 500 px wide (the screenshots are 390 px).
      report(window.innerWidth <= 500, 'narrow: ' + window.innerWidth + ' px');
      report(document.documentElement.scrollWidth <= window.innerWidth, 'overview: no sideways overflow of the page');
      await hash('#view=map&check=phone2');
      report(document.documentElement.scrollWidth <= window.innerWidth, 'heatmap: no sideways overflow of the page');
      sticky('phone');
    } else if (what === 'print') {
      report(visible($('#panel')) && $('#panel h2') !== null && $('#panel').textContent.indexOf('Rule ') >= 0, 'printed: the evidence panel is shown');
      report(!visible($('#filters')) && !visible($('#views')), 'printed: the controls are not');
    } else if (what === 'paging') {
      restored();
      await paging();
    } else restored();
    out.textContent += 'checks done\n';
  }
  run().catch(function (e) { report(false, 'error: ' + e); });
})();
