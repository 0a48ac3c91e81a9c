#!/usr/bin/env bash
# The bundled workspace grouped by impact, rights-holder group and right (JSON, CSV, Markdown)
# tells one story per row, as the ungrouped reports do (one_story.py).
# Usage: pivots.sh UNGAP ROOT
set -euo pipefail
ungap=$1
root=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
for by in impact rights-holder right; do
  for format in json csv md; do
    "$ungap" check --as-of 2026-06-30 --group-by "$by" --format "$format" -q \
      -o "$out/$by.$format" 2>/dev/null
  done
done
/usr/bin/python3 "$root/tests/reports/one_story.py" "$out"
