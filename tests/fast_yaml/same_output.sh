#!/usr/bin/env bash
# `ungap` must print byte for byte the same with the fast YAML reader as with yaml-cpp alone
# (UNGAP_YAML=yaml-cpp): lint and check on the bundled workspace, every golden case with its own
# arguments, and `lint` on each malformed input.
# Usage: same_output.sh UNGAP REPO_ROOT [EXTRA_WORKSPACE...]
set -u
ungap=$1
root=$2
shift 2
source "$(dirname "$0")/../same_output.sh"

same() { same_with UNGAP_YAML=yaml-cpp UNGAP_YAML= "$@"; }

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
finish
