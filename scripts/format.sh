#!/usr/bin/env bash
# Formats every C++ file in the repository with the committed .clang-format (Debian 12's
# clang-format 14). With --check, changes nothing and fails, naming each file and line, if any
# file differs: .ci/run runs it so that an unformatted file cannot land.
# Usage: bash scripts/format.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cc' '*.h' '*.cpp')
if [ "${1:-}" = --check ]; then
  clang-format --dry-run --Werror "${files[@]}"
  echo "format: ${#files[@]} files match .clang-format"
else
  clang-format -i "${files[@]}"
fi
