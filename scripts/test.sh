#!/usr/bin/env bash
# Quick start 2: set up, build, and run every test suite once (unit, CEL conformance, golden,
# malformed inputs, schemas, rule tests, and the committed reports).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh -DUNGAP_TESTS=ON -DUNGAP_WERROR=ON
ctest --test-dir build --output-on-failure -j"$(nproc)"
