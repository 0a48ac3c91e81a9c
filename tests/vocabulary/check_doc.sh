#!/usr/bin/env bash
# Fails when docs/vocabulary.md differs from `ungap list vocabulary` on the bundled workspace.
# Regenerate with: build/ungap list vocabulary > docs/vocabulary.md
set -u
ungap=$1
root=$2
cd "$root" || exit 1
if ! "$ungap" list vocabulary | diff -u docs/vocabulary.md - >/dev/null; then
  echo "docs/vocabulary.md is out of date; regenerate it with 'ungap list vocabulary > docs/vocabulary.md'"
  "$ungap" list vocabulary | diff -u docs/vocabulary.md - | head -20
  exit 1
fi
