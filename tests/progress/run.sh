#!/usr/bin/env bash
# The progress line of long runs (docs/commands.md#progress): on a terminal's stderr (a
# pseudo-terminal made by script(1)), erased at the end; never when stderr is a file, never
# with --quiet, never in the report, whose bytes are the same with and without it.
# UNGAP_PROGRESS_DELAY_MS=0 shows it at once instead of after a second.
# Usage: run.sh UNGAP SOURCE_DIR
set -euo pipefail
UNGAP=$(realpath "$1")
SRC=$(realpath "$2")
command -v script >/dev/null || { echo "no script(1) (bsdutils)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 300 claims a company, so reading the 82 files outlasts the line thread's 20 ms look-out even
# on an idle machine (with 30 it was over before the first look, and the stage went unseen).
python3 "$SRC/bench/gen_workspace.py" "$tmp/ws" --companies 80 --claims 300 --rules 250 \
  --obligations 50 --bundled "" >/dev/null
cd "$tmp/ws"
export UNGAP_PROGRESS_DELAY_MS=0 TERM=xterm
check="$UNGAP check . -j1 --as-of 2026-01-01 --format json"
# What a terminal shows when the command runs with stderr (only) on it.
on_tty() { script -qec "$1" /dev/null; }
line='(reading files|checking companies): [0-9,]+ of [0-9,]+ \([0-9]+%\)'

on_tty "$check -o tty.json >/dev/null" >tty.out
grep -Eq "$line" tty.out || fail "no progress line on a terminal: $(head -c 300 tty.out | od -c | head)"
grep -Eq "reading files: [0-9,]+ of 82 \(" tty.out || fail "no 'reading files' stage: $(head -c 300 tty.out)"
grep -Eq "checking companies: [0-9,]+ of 80 \(" tty.out || fail "no 'checking companies' stage"
# Whether FILE shows a line drawn over the last (\r, erase) and the last one erased.
erased() {
  tr '\r' '\n' <"$1" | awk -v re="^\033\\[K$line" '
    $0 ~ re { last = NR } { text[NR] = $0 }
    END { exit !(last && text[last + 1] ~ /^\033\[K/ && text[last + 1] !~ re) }'
}
erased tty.out ||
  fail "the line is not erased at the end: $(tail -c 300 tty.out | od -c)"
grep -q '80 companies, 1 framework' <(tr '\r' '\n' <tty.out) ||
  fail "no summary after the line"

on_tty "$check -o quiet.json --quiet >/dev/null" >quiet.out
grep -Eq "$line|\[K" quiet.out && fail "progress shown with --quiet"
on_tty "$check -o file.json 2>err.txt >/dev/null" >/dev/null
grep -Eq "$line|\[K" err.txt && fail "progress written to a stderr that is a file"
grep -q '^80 companies' err.txt || fail "no summary on stderr: $(tail -n 2 err.txt)"
$check -o piped.json 2>/dev/null
for f in tty quiet file; do
  cmp -s "$f.json" piped.json || fail "the report written with $f differs"
done
grep -q 'reading files\|checking companies' piped.json && fail "progress text in the report"

# A report streamed to the same terminal gets no line while it is written (it would tear it).
on_tty "$UNGAP check . -j1 --as-of 2026-01-01 --format csv" >csv.out
grep -q 'checking companies' csv.out && fail "progress drawn into a report on the terminal"
# lint, which only reads, shows the reading stage too. A stage already finished when the line's
# thread first looks is not drawn, and 82 files can be read before that on an idle machine, so
# lint reads a workspace large enough for its reading stage to be seen.
python3 "$SRC/bench/gen_workspace.py" "$tmp/big" --companies 600 --claims 30 --rules 10 \
  --obligations 10 --bundled "" >/dev/null
(cd "$tmp/big" && on_tty "$UNGAP lint . >/dev/null") >lint.out
grep -Eq "reading files: [0-9,]+ of 602" lint.out || fail "lint shows no progress"
# Interrupted (SIGTERM, as by Ctrl-C or a cancelled job) while the line shows: the line is
# erased before the run exits with 143, so the prompt starts on a clean line.
script -qfec "exec $check -o killed.json" killed.out >/dev/null &
spid=$!
for _ in $(seq 200); do
  grep -Eq "$line" killed.out 2>/dev/null && break
  sleep 0.01
done
upid=$(pgrep -P "$spid" || true)
[ -n "$upid" ] && kill -TERM "$upid" 2>/dev/null || true
code=0
wait "$spid" || code=$?
if [ "$code" = 143 ]; then
  erased killed.out ||
    fail "an interrupted run leaves its line: $(tail -c 80 killed.out | od -c)"
  [ ! -e killed.json ] || fail "an interrupted run wrote its report"
else
  echo "note: the run ended (exit $code) before it could be interrupted; not checked"
fi
echo "progress: ok"
