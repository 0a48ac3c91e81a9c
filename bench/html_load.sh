#!/usr/bin/env bash
# The HTML report at scale: writes `--format html` for the standard workload (bench/README.md),
# prints its size next to the workspace's YAML, ungap's wall time and peak memory, then opens it
# in headless Chromium and prints, from the page's own clock (performance.now(), milliseconds
# since navigation began), when its script started (the HTML and data blocks parsed), when it had
# rendered the overview, and when that was painted. The timing lines are logged by a copy of the
# report with three console.log calls added (the report itself logs nothing).
# Usage: bash bench/html_load.sh [UNGAP_BINARY] [WORKSPACE] [FRAGMENT]   (defaults: build/ungap,
# the standard workspace under $BENCH_DIR, generated when missing, and no fragment: the
# overview; `view=map` times the heatmap's first page instead)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ungap=$(realpath "${1:-$root/build/ungap}")
ws=${2:-${BENCH_DIR:-/tmp/ungap-bench}/standard}
[ -d "$ws" ] || python3 "$root/bench/gen_workspace.py" "$ws"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

/usr/bin/time -o "$tmp/time" -f "%e %M" "$ungap" check "$ws" --format html --max-work 0 \
  -o "$tmp/report.html" >/dev/null 2>&1 || true
read -r wall rss < "$tmp/time"
yaml=$(find "$ws" -name '*.yaml' -print0 | xargs -0 cat | wc -c)
html=$(wc -c < "$tmp/report.html")
echo "yaml $yaml bytes, html $html bytes ($(python3 -c "print(round($html / $yaml, 3))") x)"
echo "ungap: ${wall} s wall, $((rss / 1024)) MB peak"

python3 - "$tmp/report.html" "$tmp/timed.html" <<'PY'
import sys
page = open(sys.argv[1]).read()
start = "(function () {\n  'use strict';"
end = "  readHash();\n  render();\n})();"
assert start in page and end in page, "the script's first and last lines moved: update bench/html_load.sh"
page = page.replace(start, start + " console.log('ungap-time script-start ' + Math.round(performance.now()));", 1)
page = page.replace(end, "  readHash();\n  render();\n  console.log('ungap-time rendered ' + Math.round(performance.now()));\n"
                    "  requestAnimationFrame(function () { setTimeout(function () {"
                    " console.log('ungap-time painted ' + Math.round(performance.now())); }, 0); });\n})();", 1)
open(sys.argv[2], "w").write(page)
PY
profile=$(mktemp -d)
start=$(date +%s.%N)
timeout 300 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$profile" \
  --enable-logging=stderr --v=0 --window-size=1280,900 --screenshot="$tmp/shot.png" \
  "file://$tmp/timed.html${3:+#$3}" 2>&1 | grep -o 'ungap-time [a-z-]* [0-9]*' | sed 's/ungap-time /chromium: /; s/$/ ms/'
echo "chromium: whole run (start, load, screenshot, exit) $(python3 -c "import time; print(round(time.time() - $start, 1))") s"
rm -rf "$profile"
