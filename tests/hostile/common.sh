# Shared by the hostile-input cases: a small valid workspace to attack, and a runner that bounds
# each run's time and memory, so a hang or a blow-up fails the case instead of the machine.
# Each case script: source common.sh, build its workspace under $work, call the checks, finish.
set -u
ungap=$1
src=$2
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
failures=0
TIME_LIMIT=${TIME_LIMIT:-60}
MEMORY_KB=${MEMORY_KB:-4000000}

# A copy of a small valid workspace (one company, one snapshot, rules with tests).
fresh_workspace() {
  rm -rf "$work/ws"
  cp -r "$src/tests/golden/inputs/statuses" "$work/ws"
  rm -f "$work/ws/args" "$work/ws/expected."*
}

# run ARGS...: ungap with a time and memory bound; output in $work/out, $work/err, code in $code.
run() {
  (ulimit -v "$MEMORY_KB"; exec timeout "$TIME_LIMIT" "$ungap" "$@") >"$work/out" 2>"$work/err"
  code=$?
}

fail() {
  echo "FAIL $1"
  cat "$work/out" "$work/err" 2>/dev/null | cut -c1-200 | sed "s/^/  | /" | head -8
  failures=$((failures + 1))
}
ok() { echo "ok   $1"; }

# expect_exit NAME CODE [TEXT]: the last run exited CODE, with TEXT in its output if given
# (diagnostics go to stderr, or to stdout for lint). Lint exits 1 on errors, the others 2.
expect_exit() {
  if [ "$code" != "$2" ] || { [ $# -ge 3 ] && ! cat "$work/out" "$work/err" | grep -qF -- "$3"; }; then
    fail "$1: exit $code, expected $2${3:+ and '$3'}"
  else
    ok "$1"
  fi
}

# expect_no NAME TEXT FILE...: TEXT occurs in none of the files.
expect_no() {
  local name=$1 text=$2
  shift 2
  if grep -qF -- "$text" "$@"; then fail "$name: '$text' found"; else ok "$name"; fi
}

finish() {
  [ "$failures" = 0 ]
  exit $?
}
