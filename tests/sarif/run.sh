#!/usr/bin/env bash
# Validates the SARIF that `ungap check` and `ungap lint` write against the SARIF 2.1.0 JSON
# Schema, with the npm packages pinned in package-lock.json (installed with `npm ci` into a
# temporary folder). Skips (exit 77) when node or npm is missing, saying so.
# Usage: tests/sarif/run.sh UNGAP_BINARY REPO_ROOT
set -u
ungap=$(realpath "$1")
root=$2
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "SKIP: node and npm are needed to validate SARIF against its JSON Schema"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$here/validate.js" "$tmp/"
(cd "$tmp" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || { echo "npm ci failed"; exit 1; }
export SOURCE_DATE_EPOCH=1764547200
(cd "$root" && "$ungap" check --as-of 2026-06-30 --format sarif -o "$tmp/bundled.sarif" 2>/dev/null)
(cd "$root/tests/golden/inputs/statuses" && "$ungap" check . --format sarif -o "$tmp/statuses.sarif" 2>/dev/null)
(cd "$root/tests/golden/lint-sarif" && "$ungap" $(cat args) > "$tmp/lint.sarif" 2>/dev/null)
node "$tmp/validate.js" "$tmp/bundled.sarif" "$tmp/statuses.sarif" "$tmp/lint.sarif"
