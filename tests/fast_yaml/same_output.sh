#!/usr/bin/env bash
# `ungap` must print byte for byte the same with the fast YAML reader as with yaml-cpp alone
# (UNGAP_YAML=yaml-cpp): lint and check on the bundled workspace, every golden case with its own
# arguments, and `lint` on each malformed input.
# Usage: same_output.sh UNGAP REPO_ROOT [EXTRA_WORKSPACE...]
set -u
ungap=$1
root=$2
shift 2
failures=0
runs=0
export SOURCE_DATE_EPOCH=1764547200 NO_COLOR=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs `ungap ARGS...` in DIR with each reader and compares stdout, stderr and the exit code.
same() {
  local dir=$1
  shift
  (cd "$dir" && UNGAP_YAML=yaml-cpp "$ungap" "$@" >"$work/a" 2>&1; echo "exit $?" >>"$work/a")
  (cd "$dir" && UNGAP_YAML= "$ungap" "$@" >"$work/b" 2>&1; echo "exit $?" >>"$work/b")
  runs=$((runs + 1))
  if ! cmp -s "$work/a" "$work/b"; then
    echo "DIFFERENT in $dir: ungap $*"
    diff "$work/a" "$work/b" | head -20
    failures=$((failures + 1))
  fi
}

same "$root" lint
same "$root" lint --format json
same "$root" check --format json
for case_dir in "$root"/tests/golden/*/; do
  [ -f "$case_dir/args" ] || continue
  read -r -a args <"$case_dir/args"
  same "$case_dir" "${args[@]}"
  same "$case_dir" lint --format json
done
for f in "$root"/tests/malformed/files/*.yaml; do
  same "$(dirname "$f")" lint "$(basename "$f")"
done
for ws in "$@"; do
  same "$ws" lint --format json
  same "$ws" check --format json --jobs 1
done
echo "$runs runs compared, $failures different"
[ "$failures" = 0 ]
