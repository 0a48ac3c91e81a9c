#!/usr/bin/env bash
# Fails when a committed schemas/KIND.schema.json differs from `ungap schema KIND`.
# Regenerate with: for k in framework mapping statements rules tests vocabulary; do
#   build/ungap schema $k > schemas/$k.schema.json; done
set -u
ungap=$1
dir=$2
status=0
for kind in framework mapping statements rules tests vocabulary; do
  if ! "$ungap" schema "$kind" | diff -u "$dir/$kind.schema.json" - >/dev/null; then
    echo "schemas/$kind.schema.json is out of date; regenerate it with 'ungap schema $kind'"
    "$ungap" schema "$kind" | diff -u "$dir/$kind.schema.json" - | head -20
    status=1
  fi
done
exit $status
