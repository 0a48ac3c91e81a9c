#!/usr/bin/env bash
# Runs every ```sh block of docs/first-workspace.md in order, in a new folder, with the built
# ungap first on PATH: the tutorial must work exactly as written.
set -euo pipefail
UNGAP=$1
DOC=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk '/^```sh$/ {on=1; next} /^```$/ {on=0} on' "$DOC" > "$tmp/steps.sh"
[ "$(grep -c '^ungap ' "$tmp/steps.sh")" -ge 8 ] || { echo "FAIL: too few steps extracted"; exit 1; }
mkdir "$tmp/bin" && ln -s "$(realpath "$UNGAP")" "$tmp/bin/ungap"
cd "$tmp"
PATH="$tmp/bin:$PATH" bash -euxo pipefail "$tmp/steps.sh"
echo "tutorial: ok"
