#!/usr/bin/env bash
# Configures build-asan/: clang, RelWithDebInfo, AddressSanitizer + UndefinedBehaviorSanitizer,
# the tests and the libFuzzer targets in one build. scripts/sanitize.sh runs the whole CTest suite
# from it and scripts/fuzz.sh the fuzz targets, so CI compiles the sources twice (Release and this),
# not three times. A build-asan/ configured otherwise (an older g++ one) is replaced.
# Usage: bash scripts/configure-sanitized.sh [extra cmake options]
set -euo pipefail
cd "$(dirname "$0")/.."
cache=build-asan/CMakeCache.txt
if [ -f "$cache" ] && ! grep -q '^UNGAP_FUZZ:BOOL=ON' "$cache"; then
  rm -rf build-asan
fi
# RelWithDebInfo: symbolised reports, yet about 3x faster tests than Debug.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DUNGAP_FUZZ=ON -DUNGAP_TESTS=ON "$@" >/dev/null
