#!/usr/bin/env bash
# Installs the dependencies (Debian packages) and builds ungap in build/ (Release).
# Usage: bash scripts/build.sh [extra cmake options]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j"$(nproc)"
