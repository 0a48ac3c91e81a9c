#!/usr/bin/env bash
# Runs one golden case: `ungap` with the arguments in CASE/args, from inside CASE, and compares
# stdout, stderr and the exit code with CASE/expected.out, expected.err and expected.exit.
# With UPDATE=1 it writes the expected files instead (review the diff before committing).
set -u
ungap=$1
case_dir=$2
cd "$case_dir" || exit 2
read -r -a args < args
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1764547200} NO_COLOR=1 "$ungap" "${args[@]}" >"$out" 2>"$err"
code=$?
if [ "${UPDATE:-0}" = 1 ]; then
  cp "$out" expected.out
  cp "$err" expected.err
  echo "$code" > expected.exit
  exit 0
fi
status=0
diff -u expected.out "$out" || status=1
if [ -f expected.err ]; then diff -u expected.err "$err" || status=1; fi
expected_code=$(cat expected.exit)
if [ "$code" != "$expected_code" ]; then
  echo "exit code $code, expected $expected_code"
  status=1
fi
exit $status
