#!/usr/bin/env bash
# `ungap` must print byte for byte the same with the fast YAML reader as with yaml-cpp alone
# (UNGAP_YAML=yaml-cpp).
# Usage: same_output.sh UNGAP REPO_ROOT
#   lint and check on the bundled workspace, every golden case with its own arguments, and
#   `lint` on each malformed input;
# or: same_output.sh UNGAP REPO_ROOT WORKSPACE...
#   lint and check on each workspace given (a generated benchmark one), and nothing else: the
#   repository's cases are fast_yaml.same_output's.
set -u
ungap=$1
root=$2
shift 2
source "$(dirname "$0")/../same_output.sh"

same() { same_with UNGAP_YAML=yaml-cpp UNGAP_YAML= "$@"; }

if [ $# -gt 0 ]; then
  for ws in "$@"; do
    same "$ws" lint --format json
    same "$ws" check --format json --jobs 1
  done
  finish
  exit
fi

same "$root" lint
same "$root" lint --format json
same "$root" check --format json
for case_dir in "$root"/tests/golden/*/; do
  [ -f "$case_dir/args" ] || continue
  read -r -a args <"$case_dir/args"
  same "$case_dir" "${args[@]}"
  same "$case_dir" lint --format json
done
# The one known difference: in an unclosed flow sequence nested past the limit, yaml-cpp alone
# reads each `[` as a possible key (two levels each) and places the error at the 33rd bracket;
# the default reader stops at the 65th, where the limit of 64 is passed, without yaml-cpp's
# scan to the end of the file (which holds some 240 bytes per bracket).
known_different=(deep-flow-seq.yaml)
for f in "$root"/tests/malformed/files/*.yaml; do
  if [[ " ${known_different[*]} " == *" $(basename "$f") "* ]]; then
    echo "known difference, not compared: lint $(basename "$f")"
    continue
  fi
  same "$(dirname "$f")" lint "$(basename "$f")"
done
finish
