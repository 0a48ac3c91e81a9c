#!/usr/bin/env bash
# Each input limit, set low on a small valid workspace (tests/golden/inputs/statuses plus a few
# files written here), makes `ungap check` stop with exit 2 and the limit's own message.
# Usage: limits.sh UNGAP SOURCE_DIR
set -u
ungap=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/tests/golden/inputs/statuses" "$work/ws"
cat >"$work/ws/extra.yaml" <<'YAML'
framework: {id: extra, title: &t Extra}
obligations:
  - id: nested
    title: *t
    children:
      - id: nested.a
        title: *t
        children:
          - {id: nested.a.b, title: *t}
YAML
cat >"$work/ws/rules/extra.yaml" <<'YAML'
rules:
  - id: extra-regex
    checks: [extra/nested.a.b]
    elements:
      - {id: r, match: "claim.summary.matches('(ab|cd|ef){1,40}') && ((((true))))"}
YAML
failures=0

# expect NAME EXPECTED_TEXT ARGS...: exit 2 and EXPECTED_TEXT on stderr.
expect() {
  local name=$1 text=$2
  shift 2
  "$ungap" check "$work/ws" --as-of 2026-01-01 --format json "$@" >"$work/out" 2>"$work/err"
  local code=$?
  if [ "$code" != 2 ] || ! grep -qF -- "$text" "$work/err"; then
    echo "FAIL $name: exit $code, expected 2 and '$text' on stderr:"
    sed 's/^/  | /' "$work/err" | head -5
    failures=$((failures + 1))
  else
    echo "ok   $name: $(grep -F -m1 -- "$text" "$work/err")"
  fi
}

# The workspace itself is within every default limit.
"$ungap" check "$work/ws" --as-of 2026-01-01 --format json >/dev/null 2>"$work/err" ||
  { echo "FAIL baseline: the workspace does not check cleanly"; cat "$work/err"; exit 1; }

expect file-size "bytes, over the limit of 300 bytes" --max-file-size 300
expect total-size "(--max-total-size)" --max-total-size 3000
expect depth "nesting is deeper than the limit of 4 levels" --max-depth 4
expect alias-nodes "aliases expand to more than 2 nodes" --max-alias-nodes 2
expect expr-length "over the limit of 40" --max-expr-length 40
expect expr-depth "expression nesting exceeds the limit of 3" --max-expr-depth 3
expect regex-size "exceeds the limit of 20" --max-regex-size 20
expect work "more than the limit of 10 (--max-work)" --max-work 10

[ "$failures" = 0 ] || { echo "$failures limit(s) without their message"; exit 1; }
