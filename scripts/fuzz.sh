#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs one, or all, for a
# given time. New inputs go to build-fuzz/corpus/<target>/ (the committed seeds in
# tests/fuzz/corpus/<target>/ are read, never written); a crash is saved in build-fuzz/artifacts/
# and fails the run. Usage: bash scripts/fuzz.sh TARGET|all SECONDS [libFuzzer options...]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: scripts/fuzz.sh TARGET|all SECONDS [libFuzzer options]" >&2; exit 2; }
target=$1 seconds=$2
shift 2
targets=(fuzz_load_framework fuzz_load_mapping fuzz_load_statements fuzz_load_rules
         fuzz_load_tests fuzz_expr fuzz_workspace fuzz_json fuzz_cli)
[ "$target" = all ] && run=("${targets[@]}") || run=("$target")

bash scripts/install-deps.sh
if [ ! -f build-fuzz/CMakeCache.txt ]; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DUNGAP_FUZZ=ON -DUNGAP_TESTS=OFF -DUNGAP_WERROR=ON >/dev/null
fi
cmake --build build-fuzz -j"$(nproc)" --target "${run[@]}"

export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Absolute paths: fuzz_cli runs ungap inside a folder of its own, so a crash there must still
# find the artifact folder.
out=$PWD/build-fuzz
mkdir -p "$out/artifacts" "$out/logs"

# One target's run; its exit status goes to a file, so that targets can run side by side.
fuzz_one() {
  local t=$1 dict=tests/fuzz/yaml.dict rc=0
  [ "$t" = fuzz_expr ] && dict=tests/fuzz/expr.dict
  [ "$t" = fuzz_json ] && dict=tests/fuzz/json.dict
  mkdir -p "$out/corpus/$t"
  "$out/$t" "$out/corpus/$t" "$PWD/tests/fuzz/corpus/$t" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -dict="$dict" -print_final_stats=1 \
    -artifact_prefix="$out/artifacts/$t-" "${extra[@]}" >"$out/logs/$t.log" 2>&1 || rc=$?
  echo "$rc" >"$out/logs/$t.rc"
}

# Each target is single-threaded: as many run at once as there are cores (FUZZ_LANES to
# change), so 'all 20' takes 20 s per lane, not per target. Results are printed in target order.
extra=("$@")
lanes=${FUZZ_LANES:-$(nproc)}
for t in "${run[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$lanes" ]; do wait -n || true; done
  echo "== $t: ${seconds}s (log: build-fuzz/logs/$t.log)"
  fuzz_one "$t" &
done
wait
failed=0
for t in "${run[@]}"; do
  log=$out/logs/$t.log
  echo "== $t"
  grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::(number_of_executed_units|peak_rss_mb)|==[0-9]+==ERROR|SUMMARY|.*Test unit written)' "$log" || true
  if [ "$(cat "$out/logs/$t.rc")" -ne 0 ]; then
    tail -40 "$log" >&2
    echo "$t: crashed (see build-fuzz/artifacts/)" >&2
    failed=1
  fi
done
exit "$failed"
