#!/usr/bin/env bash
# Regenerates the committed gap reports in reports/ (or in the folder given) for the bundled
# workspace, as of the dates the case turns on: the letter's deadline for answers (2025-10-10),
# the newest evidence (Microsoft's final update, 2026-06-04) and mid-2026 (2026-06-30).
# Usage: bash scripts/update-reports.sh [UNGAP_BINARY] [OUTPUT_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
ungap=${1:-./build/ungap}
out=${2:-reports}
mkdir -p "$out"
for as_of in 2025-10-10 2026-06-04 2026-06-30; do
  for format in md csv json html xlsx; do
    "$ungap" check --as-of "$as_of" --format "$format" -o "$out/gaps-$as_of.$format" 2>/dev/null
  done
done
