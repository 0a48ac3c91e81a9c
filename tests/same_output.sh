# Sourced by the tests that run `ungap` two ways and require the same output (fast_yaml/,
# match_engine/), after setting `ungap` to the executable.
# same_with A B DIR ARGS...: runs `ungap ARGS...` in DIR with the environment assignment A, then
# with B, and compares stdout, stderr and the exit code. finish: the summary and the exit status.
failures=0
runs=0
export SOURCE_DATE_EPOCH=1764547200 NO_COLOR=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

same_with() {
  local a=$1 b=$2 dir=$3
  shift 3
  (cd "$dir" && env "$a" "$ungap" "$@" >"$work/a" 2>&1; echo "exit $?" >>"$work/a")
  (cd "$dir" && env "$b" "$ungap" "$@" >"$work/b" 2>&1; echo "exit $?" >>"$work/b")
  runs=$((runs + 1))
  if ! cmp -s "$work/a" "$work/b"; then
    echo "DIFFERENT in $dir ($a, then $b): ungap $*"
    diff "$work/a" "$work/b" | head -20
    failures=$((failures + 1))
  fi
}

finish() {
  echo "$runs runs compared, $failures different"
  [ "$failures" = 0 ]
}
