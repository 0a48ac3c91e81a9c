#!/usr/bin/env bash
# Tiny expressions asking for unbounded work stop quickly with a located error and exit 2: 34
# nested `[0, 1].exists(...)` (2^34 steps), nested `map` that would reach gigabytes, and a
# text doubled by a chain of maps. `lint` warns of the nesting first. A 16,000-deep `!` chain
# is refused, not a crash, and --max-expr-depth cannot be raised past what the parser handles:
# at the cap, every kind of nesting is parsed, checked and evaluated.
source "$(dirname "$0")/common.sh"

# nest N OPEN CLOSE INNER: OPEN repeated N times (with the level's variable), INNER, CLOSE N times.
nest() {
  local n=$1 open=$2 close=$3 inner=$4 out="" i
  for ((i = 0; i < n; i++)); do out+=${open//@/v$i}; done
  out+=$inner
  for ((i = 0; i < n; i++)); do out+=$close; done
  printf '%s' "$out"
}
add_rule() {  # add_rule MATCH
  cat >"$work/ws/rules/bomb.yaml" <<YAML
rules:
  - id: bomb
    checks: [demo/policy.commit]
    elements:
      - id: boom
        match: '$1'
YAML
}

fresh_workspace
add_rule "$(nest 34 '[0, 1].exists(@, ' ')' 'claim.kind == "denial"')"
start=$SECONDS
run check "$work/ws" --as-of 2026-01-01 --format json -o "$work/report.json"
expect_exit "nested exists: located error, exit 2" 2 "bomb.yaml:6:"
grep -qF "eval-budget" "$work/err" && ok "nested exists: [eval-budget]" || fail "nested exists: no eval-budget code"
[ ! -e "$work/report.json" ] && ok "nested exists: no report written" || fail "nested exists: a report was written"
# Half the run's time bound: 30 s in Release, 90 s under the sanitizers.
quick=$((TIME_LIMIT / 2))
[ $((SECONDS - start)) -lt "$quick" ] && ok "nested exists: quick ($((SECONDS - start)) s)" || fail "nested exists: took $((SECONDS - start)) s, not under $quick s"
run test "$work/ws"
expect_exit "nested exists: test stops too" 2 "eval-budget"
run lint "$work/ws"
expect_exit "nested exists: lint warns of the nesting" 0 "expr-cost"

# Under the sanitizers there is no `ulimit -v` to stop within (common.sh) and the budget's 10^7
# steps of allocation take minutes; the Release run checks this case.
if [ "$MEMORY_KB" != unlimited ]; then
  fresh_workspace
  add_rule "$(nest 12 '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(@, ' ')' '[claim.summary]') == []"
  run check "$work/ws" --as-of 2026-01-01 --format json
  expect_exit "nested map: stopped within the memory limit" 2 "eval-budget"
fi

fresh_workspace
add_rule "$(nest 60 '' '.map(x, x + x)' '[claim.summary]').size() == 0"
run check "$work/ws" --as-of 2026-01-01 --format json
expect_exit "text doubled 60 times: stopped" 2 "eval-budget"

fresh_workspace
add_rule "$(nest 16000 '!' '' 'true')"
run lint "$work/ws" --max-expr-depth 100000
expect_exit "--max-expr-depth 100000 refused" 2 "max-expr-depth"
run lint "$work/ws" --max-expr-depth 1000
expect_exit "16,000-deep ! chain: an error, not a crash" 1 "bomb.yaml:6:"
# The deepest nesting of each kind that --max-expr-depth 1000 lets through, one element each:
# checked and evaluated in every build (the sanitizers' larger frames included, since ungap's
# threads have a stack of a known size); one level more is refused by the cap, with the same
# message in every build, never by the stack.
deep_rules() {  # deep_rules EXTRA: each kind at its deepest allowed nesting plus EXTRA levels
  python3 - "$1" >"$work/ws/rules/deep.yaml" <<'PY'
import sys
extra = int(sys.argv[1])
r = lambda s, k: s * k
kinds = {  # name: (deepest nesting the cap allows, expression of that nesting)
    "paren": (999, lambda n: r("(", n) + "claim.kind == 'commitment'" + r(")", n)),
    "not": (997, lambda n: r("!", n) + "(claim.kind == 'commitment')"),
    "neg": (999, lambda n: r("-", n) + "1 < 2"),
    "list": (998, lambda n: r("[", n) + "1" + r("]", n) + " != []"),
    "call": (998, lambda n: r("int(", n) + "1" + r(")", n) + " == 1"),
    "map": (998, lambda n: r("{1: ", n) + "1" + r("}", n) + " != {}"),
    "cond": (997, lambda n: r("false ? false : ", n) + "claim.kind == 'commitment'"),
    "plus": (998, lambda n: "1" + r(" + 1", n) + " > 0"),
    "and": (998, lambda n: "true" + r(" && true", n) + " && claim.kind == 'commitment'"),
    "exists": (997, lambda n: r("[0].exists(v, ", n) + "claim.kind == 'commitment'" + r(")", n)),
}
print("rules:\n  - id: deep\n    checks: [demo/policy.commit]\n    elements:")
for name, (n, make) in kinds.items():
    print(f"      - id: {name}\n        match: '" + make(n + extra).replace("'", "''") + "'")
PY
}
deep=(--max-expr-depth 1000 --max-expr-length 65536)
fresh_workspace
deep_rules 0
run check "$work/ws" --as-of 2026-01-01 --format json "${deep[@]}"
[ "$code" -le 1 ] && ! grep -q "error" "$work/err" && ok "10 kinds of nesting at the depth cap: checked and evaluated" ||
  fail "nesting at the depth cap: exit $code"
deep_rules 1
run lint "$work/ws" "${deep[@]}"
[ "$code" = 1 ] && [ "$(grep -c "expression nesting exceeds the limit of 1000 \[expr\]" "$work/out")" = 10 ] &&
  ok "one level deeper: the cap refuses each of the 10, in every build" || fail "one level past the cap: exit $code"
expect_no "the stack's backstop never fires below the cap" "nested too deeply" "$work/out" "$work/err"

fresh_workspace
run check "$work/ws" --as-of 2026-01-01 --format json --max-eval-steps 1
expect_exit "--max-eval-steps 1 stops even the demo" 2 "eval-budget"
run check "$work/ws" --as-of 2026-01-01 --format json
expect_exit "the demo within the defaults" 0
finish
