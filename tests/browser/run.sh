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
expect "$dom" '<aside id="panel" aria-live="polite"><h2>demo/act: Act on findings</h2>'
expect "$dom" '<span class="badge s-partial">partial</span><span>score 60</span>'
expect "$dom" 'Rule act: Acts on what due diligence found'
expect "$dom" 'rules/demo.yaml:18:5'
expect "$dom" 'Took action on the implicated relationship (action-taken)'
expect "$dom" 'The action covers every implicated service (complete): missing'
expect "$dom" '<strong>Contested by</strong>'
expect "$dom" 'A newspaper reports the use continues.'
expect "$dom" 'class="cell s-partial selected"'
expect "$dom" '11 of 11 verdicts shown'
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
browser --screenshot="$out/report.png" "file://$out/report.html#cell=microsoft:ungp/19.b.i" >/dev/null
[ -s "$out/report.png" ] && echo "ok: screenshot $out/report.png" || { echo "FAIL: no screenshot"; failures=$((failures + 1)); }

echo "browser test: $failures failure(s)"
[ "$failures" -eq 0 ]
