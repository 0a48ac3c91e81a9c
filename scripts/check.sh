#!/usr/bin/env bash
# Quick start 1: set up, build, and run `ungap check` on the bundled workspace.
# Extra arguments go to `ungap check`, e.g. `bash scripts/check.sh --as-of 2025-10-10`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh -DUNGAP_TESTS=OFF
./build/ungap check "$@"
