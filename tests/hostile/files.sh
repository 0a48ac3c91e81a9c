#!/usr/bin/env bash
# Reports are written safely: a replaced report keeps its mode; a dangling symbolic link gets its
# target created; `-o` onto a .yaml the workspace would load, or onto the --baseline, is refused
# while reports/ stays writable; option values are validated; every failed write, standard
# output included, is exit 2 with a message; SIGINT and SIGTERM remove the temporary file, keep
# the earlier report, and exit 130 and 143.
source "$(dirname "$0")/common.sh"
fresh_workspace
check() { run check "$work/ws" --as-of 2026-01-01 "$@"; }

check --format json -o "$work/r.json"
chmod 600 "$work/r.json"
check --format json -o "$work/r.json"
[ "$(stat -c %a "$work/r.json")" = 600 ] && ok "a 0600 report stays 0600" || fail "mode $(stat -c %a "$work/r.json")"

ln -s "$work/target.json" "$work/link.json"
check --format json -o "$work/link.json"
[ -L "$work/link.json" ] && [ -s "$work/target.json" ] && ok "a dangling link: its target created" ||
  fail "a dangling link was replaced"

check --format json -o "$work/ws/rules/report.yaml"
expect_exit "-o a .yaml below the workspace refused" 2 "loaded as an input"
[ ! -e "$work/ws/rules/report.yaml" ] && ok "no .yaml written" || fail "a .yaml was written"
mkdir -p "$work/ws/reports"
check --format md -o "$work/ws/reports/report.md"
[ "$code" -le 1 ] && ok "reports/ stays writable" || fail "reports/: exit $code"
check --format json -o "$work/base.json"
cp "$work/base.json" "$work/base.before"
check --format json --baseline "$work/base.json" -o "$work/base.json"
expect_exit "-o onto the --baseline refused" 2 "baseline"
cmp -s "$work/base.json" "$work/base.before" && ok "the baseline is kept" || fail "the baseline changed"

for option in "--max-file-size -1" "--max-file-size 99999999999999999999999" "--max-total-size 0" \
              "--max-depth 100000" "--max-expr-depth 100000" "--max-eval-steps 0"; do
  # shellcheck disable=SC2086
  check --format json $option
  expect_exit "$option refused" 2
done
run test "$work/ws" --min-coverage nan
expect_exit "--min-coverage nan refused" 2 "0 to 100"
run test "$work/ws" --min-coverage -5
expect_exit "--min-coverage -5 refused" 2

for command in "check $work/ws --as-of 2026-01-01 --format html" "check $work/ws --as-of 2026-01-01" \
               "check $work/ws --as-of 2026-01-01 --format json" "check $work/ws --as-of 2026-01-01 --format sarif" \
               "check $work/ws --as-of 2026-01-01 --format junit" "lint $work/ws --format sarif" \
               "list frameworks $work/ws" "schema rules" "explain acme demo/act $work/ws --as-of 2026-01-01" \
               "test $work/ws" "--help"; do
  # shellcheck disable=SC2086
  (ulimit -v "$MEMORY_KB"; exec timeout "$TIME_LIMIT" "$ungap" $command) >/dev/full 2>"$work/err"
  code=$?
  expect_exit "ungap $command >/dev/full" 2 "cannot write"
done

# Signals: a run that takes long (a budget raised on purpose), stopped midway.
cat >"$work/ws/rules/slow.yaml" <<'YAML'
rules:
  - id: slow
    checks: [demo/policy.commit]
    elements:
      - id: e
        match: "[0,1,2,3,4,5,6,7,8,9].all(a, [0,1,2,3,4,5,6,7,8,9].all(b, [0,1,2,3,4,5,6,7,8,9].all(c, [0,1,2,3,4,5,6,7,8,9].all(d, [0,1,2,3,4,5,6,7,8,9].all(e, [0,1,2,3,4,5,6,7,8,9].all(f, [0,1,2,3,4,5,6,7,8,9].all(g, [0,1,2,3,4,5,6,7,8,9].all(h, [0,1,2,3,4,5,6,7,8,9].all(i, [0,1,2,3,4,5,6,7,8,9].all(j, a >= 0))))))))))"
YAML
echo "earlier report" >"$work/sig.json"
for signal in INT TERM; do
  "$ungap" check "$work/ws" --as-of 2026-01-01 --format json -o "$work/sig.json" \
    --max-eval-steps 100000000000 --max-run-steps 100000000000 >/dev/null 2>&1 &
  pid=$!
  sleep 2
  kill -"$signal" "$pid"
  wait "$pid"
  code=$?
  want=$([ "$signal" = INT ] && echo 130 || echo 143)
  leftovers=$(find "$work" -maxdepth 1 -name 'sig.json.*.tmp' | wc -l)
  if [ "$code" = "$want" ] && [ "$leftovers" = 0 ] && [ "$(cat "$work/sig.json")" = "earlier report" ]; then
    ok "SIG$signal: exit $code, no temporary file, the earlier report kept"
  else
    fail "SIG$signal: exit $code (want $want), $leftovers temporary files, report $(head -c 20 "$work/sig.json")"
  fi
done
finish
