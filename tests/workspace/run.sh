#!/usr/bin/env bash
# The workspace root, found from a subfolder as git finds `.git`: part of a workspace is
# checked with the rest of it loaded, text names files from the current folder and tool
# formats from the root. Usage: run.sh UNGAP SOURCE_DIR
set -u
ungap=$(realpath "$1")
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$src/tests/golden/ws-test-part/." "$tmp/"
export SOURCE_DATE_EPOCH=1764547200 NO_COLOR=1
status=0
# expect NAME WANTED_EXIT PATTERN -- COMMAND...: runs COMMAND, checks its exit code and that its
# output (stdout and stderr) contains PATTERN (a fixed string).
expect() {
  local name=$1 code=$2 pattern=$3
  shift 4
  local out
  out=$("$@" 2>&1)
  local got=$?
  if [ "$got" != "$code" ] || ! grep -qF -- "$pattern" <<<"$out"; then
    echo "FAIL $name: exit $got (wanted $code), output:"
    echo "$out"
    echo "(wanted to see: $pattern)"
    status=1
  fi
}
refuse() {  # refuse NAME PATTERN -- COMMAND...: COMMAND's output must not contain PATTERN
  local name=$1 pattern=$2
  shift 3
  if "$@" 2>&1 | grep -qF -- "$pattern"; then
    echo "FAIL $name: output contains $pattern"
    status=1
  fi
}

cd "$tmp/rules"
expect test-from-rules 1 "demo.test.yaml:40:7: error: test" -- "$ungap" test
expect check-json-names-from-root 0 '"path":"frameworks/demo.yaml"' -- \
  "$ungap" check --as-of 2025-12-01 --format json
expect check-selects-rules-frameworks 0 "1 company, 1 framework" -- \
  "$ungap" check --as-of 2025-12-01 --format csv -o /dev/null

# A mistake in the statements: seen from statements/, not from rules/.
sed -i '0,/    publisher: Acme/s//    publsher: Acme/' "$tmp/statements/acme/statements.yaml"
expect lint-part-clean 0 "no problems" -- "$ungap" lint
cd "$tmp/statements/acme"
expect lint-text-from-here 1 "statements.yaml:8:5: error: unknown key 'publsher'" -- "$ungap" lint
refuse lint-text-not-from-root "statements/acme/statements.yaml" -- "$ungap" lint
expect lint-github-from-root 1 "::error file=statements/acme/statements.yaml,line=8" -- \
  "$ungap" lint --format github
expect sarif-base-id 1 '"uriBaseId": "%SRCROOT%"' -- "$ungap" lint --format sarif
cd "$tmp/rules"
expect check-errors-elsewhere-stop 2 "../statements/acme/statements.yaml:8:5: error" -- \
  "$ungap" check
# A report names files from the root, but the diagnostics on stderr still open from here.
expect check-json-diagnostics-from-here 2 "../statements/acme/statements.yaml:8:5: error" -- \
  "$ungap" check --format json -o /dev/null
exit $status
