#!/usr/bin/env bash
# Nothing lost: `ungap check -o out.json` killed with SIGKILL at several points of a run over a
# generated workspace leaves the earlier out.json byte for byte (or, when the kill lands after
# the rename, while the process tears down, the complete new report), never touches an input, and
# leaves no file but out.json and, only when the kill lands between creating and renaming the
# temporary file, `out.json.<hex>.tmp` (which no command ever reads: it is not `*.yaml`).
# A run left to finish replaces out.json whole.
# Usage: kill_check.sh UNGAP SOURCE_DIR
set -u
ungap=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$src/bench/load/gen.py" "$work/ws" --companies 200 --claims 100 >/dev/null || exit 1
(cd "$work/ws" && find . -type f -exec sha256sum {} + | sort) >"$work/inputs.before"
mkdir -p "$work/out"
printf '{"earlier": "report"}\n' >"$work/out/out.json"
cp "$work/out/out.json" "$work/earlier.json"
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# The complete report, for comparison: a kill after the rename (during the process's teardown,
# which takes long under the sanitizers) leaves exactly this.
"$ungap" check "$work/ws" --as-of 2026-01-01 --format json -o "$work/complete.json" 2>/dev/null ||
  fail "reference run: exit $?"

for delay in 0.05 0.2 0.5 1 2; do
  "$ungap" check "$work/ws" --as-of 2026-01-01 --format json -o "$work/out/out.json" \
    2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  # 137 = killed by SIGKILL. A run that had already ended (kill may still "succeed" on a process
  # that exited but was not yet reaped) wrote its report legitimately.
  if [ $? = 137 ]; then
    if cmp -s "$work/earlier.json" "$work/out/out.json"; then
      echo "ok   killed after ${delay}s: out.json unchanged"
    elif cmp -s "$work/complete.json" "$work/out/out.json"; then
      echo "ok   killed after ${delay}s, after the rename: out.json is the complete new report"
    else
      fail "killed after ${delay}s: out.json changed"
    fi
  else
    echo "note the run finished within ${delay}s; the kill came too late"
  fi
  stray=$(cd "$work/out" && ls -A | grep -vxE 'out\.json|out\.json\.[0-9a-f]{8}\.tmp')
  [ -z "$stray" ] || fail "after ${delay}s: unexpected files: $stray"
  rm -f "$work/out"/out.json.*.tmp
  cp "$work/earlier.json" "$work/out/out.json"
done

# A run left to finish replaces the report whole, with no temporary file left.
"$ungap" check "$work/ws" --as-of 2026-01-01 --format json -o "$work/out/out.json" 2>/dev/null
code=$?
[ "$code" = 0 ] || fail "full run: exit $code"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/out/out.json" ||
  fail "full run: out.json is not JSON"
[ "$(ls -A "$work/out")" = out.json ] || fail "full run: left $(ls -A "$work/out")"

(cd "$work/ws" && find . -type f -exec sha256sum {} + | sort) >"$work/inputs.after"
cmp -s "$work/inputs.before" "$work/inputs.after" || fail "an input file changed"
[ "$failures" = 0 ] || exit 1
echo "ok   inputs unchanged; full run wrote a complete report"
