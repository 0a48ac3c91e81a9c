#!/usr/bin/env bash
# Fails when the committed reports/ differ from what the current code and data produce.
set -u
ungap=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash "$root/scripts/update-reports.sh" "$ungap" "$tmp" || exit 1
status=0
for f in "$tmp"/*; do
  name=$(basename "$f")
  # XLSX is compared byte for byte: the writer is deterministic (created date = as_of).
  if ! diff -u "$root/reports/$name" "$f" > "$tmp/$name.diff" 2>&1; then
    echo "reports/$name is out of date; run: bash scripts/update-reports.sh"
    head -40 "$tmp/$name.diff"
    status=1
  fi
done
# A committed report that the script no longer produces is stale too.
for f in "$root"/reports/gaps-*; do
  name=$(basename "$f")
  if [ ! -e "$tmp/$name" ]; then
    echo "reports/$name is not produced by scripts/update-reports.sh; remove it"
    status=1
  fi
done
exit $status
