#!/usr/bin/env bash
# Runs `ungap lint` on each malformed input alone (copied into an empty folder) and checks
# that it fails cleanly: exit code 1, a `file:line:col: error:` diagnostic with a 1-based
# position, nothing from a sanitizer or an abort on stderr, and no hang (timeout 30 s each;
# the 3 MB nesting is refused at its 65th bracket, well under a second in Release).
# Usage: run_malformed.sh UNGAP FILES_DIR
set -u
ungap=$1
files_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
count=0

# Inputs too big to commit are generated here.
generate() {
  local dir=$1
  { printf 'framework: {id: fw, title: "'; head -c 2000000 /dev/zero | tr '\0' x; printf '"}\nobligations: []\n'; } \
    >"$dir/gen-huge-scalar.yaml"
  { printf 'framework: {id: fw, title: T}\nobligations:\n'
    for i in $(seq 1 20000); do printf '  - {id: o%d, title: T}\n' $((i % 19000)); done; } \
    >"$dir/gen-many-duplicate-ids.yaml"
  { printf 'framework: {id: fw, title: T}\nobligations: ['; head -c 3000000 /dev/zero | tr '\0' '['; } \
    >"$dir/gen-deep-3mb.yaml"
}

check() {
  local input=$1
  local name
  name=$(basename "$input")
  local dir="$work/case"
  rm -rf "$dir" && mkdir -p "$dir"
  cp "$input" "$dir/"
  (cd "$dir" && timeout 30 "$ungap" lint >"$work/out" 2>"$work/err")
  local code=$?
  local problems=()
  [ "$code" = 124 ] && problems+=("timed out")
  [ "$code" != 1 ] && [ "$code" != 124 ] && problems+=("exit code $code, expected 1")
  if grep -qE 'Sanitizer|runtime error|Assertion|terminate called|Aborted|Segmentation' "$work/err"; then
    problems+=("crash output on stderr")
  fi
  if ! grep -qE "^[^:]+:[1-9][0-9]*:[1-9][0-9]*: error: " "$work/out"; then
    problems+=("no file:line:col: error: diagnostic")
  fi
  count=$((count + 1))
  if [ ${#problems[@]} -gt 0 ]; then
    failures=$((failures + 1))
    echo "FAIL $name: ${problems[*]}"
    head -c 600 "$work/out" | sed 's/^/  out: /'
    head -c 600 "$work/err" | sed 's/^/  err: /'
  fi
}

for f in "$files_dir"/*; do check "$f"; done
mkdir -p "$work/generated"
generate "$work/generated"
for f in "$work/generated"/*; do check "$f"; done

echo "$count malformed inputs, $failures failed"
[ "$failures" = 0 ]
