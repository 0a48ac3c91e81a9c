#!/usr/bin/env bash
# Renders the HTML report in a real browser (Debian's chromium, headless) and checks what a
# reader sees: the page's script runs, opening a cell (through the URL fragment #cell=KEY, which
# clicks the cell the way a reader does) fills the evidence panel with the rule, the elements
# met and missing, the quotes and the contested evidence, and text from the inputs that looks
# like markup stays text. Also writes a screenshot of the bundled workspace's report to look at.
# Installs chromium when it is missing (apt, Debian's registry only). Run by .ci/run.
# Usage: bash tests/browser/run.sh [UNGAP_BINARY] [OUTPUT_FOLDER]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
ungap=$(realpath "${1:-$root/build/ungap}")
out=$(mkdir -p "${2:-$root/build/browser}" && cd "${2:-$root/build/browser}" && pwd)

if ! command -v chromium >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
browser() {
  timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --window-size=1400,900 "$@" 2>/dev/null
}

failures=0
expect() {  # expect FILE TEXT: the dumped DOM holds TEXT
  if grep -qF -- "$2" "$1"; then echo "ok: $2"; else echo "FAIL: not found: $2"; failures=$((failures + 1)); fi
}
refuse() {  # refuse FILE TEXT: the dumped DOM does not hold TEXT
  if grep -qF -- "$2" "$1"; then echo "FAIL: found: $2"; failures=$((failures + 1)); else echo "ok: no $2"; fi
}

# 1. The small workspace whose company name, claim text and URLs look like markup.
(cd "$root/tests/golden/out-html" && SOURCE_DATE_EPOCH=1764547200 "$ungap" check ws --as-of 2025-12-01 \
  --format html -o "$out/small.html" 2>/dev/null)
browser --dump-dom "file://$out/small.html#cell=acme:demo/act" > "$out/small.dom.html"
dom="$out/small.dom.html"
expect "$dom" '<aside id="panel" aria-live="polite" class="chosen"><h2>demo/act: Act on findings</h2>'
expect "$dom" '<span class="badge s-partial">partial</span><span>score 60</span>'
expect "$dom" 'Rule act: Acts on what due diligence found'
expect "$dom" 'rules/demo.yaml:18:5'
expect "$dom" 'Took action on the implicated relationship (action-taken)'
expect "$dom" 'The action covers every implicated service (complete): missing'
expect "$dom" '<strong>Contested by</strong>'
expect "$dom" 'A newspaper reports the use continues.'
expect "$dom" 'class="cell s-partial selected"'
expect "$dom" '11 of 11 verdicts match, 1 company chosen (11 verdicts in all)'
expect "$dom" 'Acme | Cloud &lt;img src=x onerror=alert(1)&gt;'
refuse "$dom" '<img'
refuse "$dom" 'href="javascript:'
# The evidence link of a cell whose source has an http(s) URL, and the injected claim text.
browser --dump-dom "file://$out/small.html#cell=acme:demo/grievance" > "$out/small2.dom.html"
expect "$out/small2.dom.html" 'href="https://example.org/policy?a=1&amp;b=&lt;2&gt;"'
expect "$out/small2.dom.html" 'Acme opened a grievance channel &lt;/script&gt;&lt;!-- &lt;script&gt;alert(1)&lt;/script&gt;'
refuse "$out/small2.dom.html" '<script>alert(1)'

# 2. The bundled workspace: a cell of the case, and a screenshot to look at.
(cd "$root" && "$ungap" check --as-of 2026-06-30 --format html -o "$out/report.html" 2>/dev/null)
cell='microsoft:ungp/19.end-relationship'
browser --dump-dom "file://$out/report.html#cell=$cell" > "$out/report.dom.html"
expect "$out/report.dom.html" '<h2>ungp/19.end-relationship: '
expect "$out/report.dom.html" 'Microsoft Corporation'
expect "$out/report.dom.html" 'statements/microsoft/statements.yaml:'
# What the company's evidence covers, above its verdict; how the evidence was read: the claim's
# note and its source's, beside the quote.
expect "$out/report.dom.html" '<div class="note">About the evidence: The characterisation of Microsoft'
expect "$out/report.dom.html" "<div class=\"note\">Note: Microsoft's words as quoted by Al Bawaba"
expect "$out/report.dom.html" "<div class=\"note\">Source note: Microsoft's own post was not read"
# A rule per impact: each impact's note and why the company is read as involved, by mode.
browser --dump-dom "file://$out/report.html#cell=microsoft:ungp/19.b.i" > "$out/report-impacts.dom.html"
expect "$out/report-impacts.dom.html" '<div class="note">Note: No period is given'
expect "$out/report-impacts.dom.html" '<div class="note">Involvement contribute: Reporting and groups that tie Azure'
browser --screenshot="$out/report.png" "file://$out/report.html#cell=microsoft:ungp/19.b.i" >/dev/null
[ -s "$out/report.png" ] && echo "ok: screenshot $out/report.png" || { echo "FAIL: no screenshot"; failures=$((failures + 1)); }

# 3. The bundled report driven as a reader does: tests/browser/checks.js, appended to a copy of
# the page, walks the overview, the heatmap's sticky headers, filters and sorting (each in the
# URL), a mapped cell's link to its source; restores a view from the URL; checks the phone
# layout at 390 px and, with the print style sheet applied on screen, that the evidence is kept.
checked() {  # checked NAME WIDTH FRAGMENT [print]: writes NAME.html, runs it, reads the results
  python3 - "${PAGE:-$out/report.html}" "$root/tests/browser/checks.js" "$out/$1.html" "${4:-}" <<'PY'
import sys
page, checks, dest, mode = open(sys.argv[1]).read(), open(sys.argv[2]).read(), sys.argv[3], sys.argv[4]
if mode == "print":
    page = page.replace("@media print{", "@media all{")
at = page.rindex("</body>")
open(dest, "w").write(page[:at] + "<script>\n" + checks + "</script>\n" + page[at:])
PY
  browser --window-size="$2",900 --virtual-time-budget=5000 --dump-dom "file://$out/$1.html#$3" > "$out/$1.dom.html"
  python3 -c 'import html,re,sys; t=open(sys.argv[1]).read(); m=re.search(r"<pre id=\"checks\">(.*?)</pre>", t[t.rfind("<pre id=\"checks\">"):], re.S); print(html.unescape(m.group(1)) if m else "FAIL: no checks ran")' \
    "$out/$1.dom.html" > "$out/$1.txt"
  sed 's/^/  /' "$out/$1.txt"
  grep -q '^checks done' "$out/$1.txt" || { echo "FAIL: $1 did not finish"; failures=$((failures + 1)); }
  failures=$((failures + $(grep -c '^FAIL' "$out/$1.txt" || true)))
}
checked walk 1400 'check=walk'
# A generated workspace of 30 companies (more than a page of 25): the state restored from the
# URL, then sorting and counts over every page.
python3 "$root/bench/gen_workspace.py" "$out/many" --companies 30 --claims 6 --sources 2 \
  --obligations 12 --rules 12 --topics 10 >/dev/null
"$ungap" check "$out/many" --as-of 2026-06-30 --format html -o "$out/many.html" 2>/dev/null || true
PAGE="$out/many.html" checked restore 1400 'check=paging&view=map&fw=synthetic&st=gap,partial&sort=-score&w=high'
checked phone 390 'check=phone'
checked print 1400 'check=print&view=map&cell=microsoft:ungp/19.b.i' print
# Screenshots to look at (desktop overview, phone heatmap) and a PDF of the heatmap and evidence.
browser --window-size=1280,900 --screenshot="$out/overview.png" "file://$out/report.html" >/dev/null
browser --window-size=390,844 --screenshot="$out/phone-map.png" "file://$out/report.html#view=map&cell=microsoft:ungp/19.b.i" >/dev/null
browser --print-to-pdf="$out/report.pdf" "file://$out/report.html#view=map&cell=microsoft:ungp/19.b.i" >/dev/null
for f in overview.png phone-map.png report.pdf; do
  [ -s "$out/$f" ] && echo "ok: $out/$f" || { echo "FAIL: no $f"; failures=$((failures + 1)); }
done

echo "browser test: $failures failure(s)"
[ "$failures" -eq 0 ]
