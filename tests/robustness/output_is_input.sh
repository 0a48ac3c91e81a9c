#!/usr/bin/env bash
# `-o` naming one of the inputs (a YAML file, by another spelling of its path, or a source
# snapshot) is refused with exit 2, and the file is left as it was. A pipe given to `-o` is
# written in place and stays a pipe (a rename over it would replace it with a regular file).
# Usage: output_is_input.sh UNGAP SOURCE_DIR
set -u
ungap=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/tests/golden/inputs/statuses" "$work/ws"
failures=0
for target in rules/demo.yaml ./frameworks/../rules/demo.yaml statements/acme/sources/policy.txt; do
  file="$work/ws/$target"
  before=$(sha256sum <"$file")
  (cd "$work/ws" && "$ungap" check . --as-of 2026-01-01 --format json -o "$target" \
    >/dev/null 2>"$work/err")
  code=$?
  after=$(sha256sum <"$file")
  if [ "$code" != 2 ] || ! grep -q "refusing to write the report over an input file" "$work/err" ||
     [ "$before" != "$after" ]; then
    echo "FAIL -o $target: exit $code, file $([ "$before" = "$after" ] && echo kept || echo CHANGED)"
    cat "$work/err"
    failures=$((failures + 1))
  else
    echo "ok   -o $target: refused, exit 2, file kept"
  fi
done
for format in json html; do
  fifo="$work/report-$format.fifo"
  mkfifo "$fifo"
  timeout 60 cat "$fifo" >"$work/read-$format" &
  (cd "$work/ws" && "$ungap" check . --as-of 2026-01-01 --format "$format" -o "$fifo" \
    >/dev/null 2>"$work/err")
  code=$?
  wait
  if [ "$code" != 0 ] || [ ! -p "$fifo" ] || [ ! -s "$work/read-$format" ]; then
    echo "FAIL -o FIFO ($format): exit $code, $([ -p "$fifo" ] && echo still a pipe || echo REPLACED)"
    cat "$work/err"
    failures=$((failures + 1))
  else
    echo "ok   -o FIFO ($format): written through the pipe, still a pipe"
  fi
done
[ "$failures" = 0 ]
