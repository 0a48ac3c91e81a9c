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
exit $status
