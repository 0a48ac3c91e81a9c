#!/usr/bin/env bash
# The benchmark (docs/performance.md): builds ungap in Release, generates the standard workload,
# and reports for `ungap check --format json` wall and CPU time and peak memory on 1 and 2
# threads, against the yaml-cpp parse floor measured in the same run, then each report format's
# CPU time and peak memory against json's and the input's; then sweeps companies and rules to
# show how time grows.
#
#   bash bench/run.sh            # standard workload + sweeps
#   bash bench/run.sh --quick    # standard workload only
#   BENCH_DIR=/tmp/ungap-bench   # where workspaces are generated (default)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/ungap-bench}
build=$root/build-bench
quick=${1:-}

bash "$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DUNGAP_TESTS=OFF >/dev/null
cmake --build "$build" --target ungap ungap_parse_floor -j"$(nproc)" >/dev/null
ungap=$build/ungap
mkdir -p "$work"

gen() {  # gen NAME ARGS...
  local dir=$work/$1
  shift
  [ -d "$dir" ] || python3 "$root/bench/gen_workspace.py" "$dir" "$@"
  echo "$dir"
}

# run DIR JOBS -> "wall user sys maxrss_kb"
run() {
  local t
  t=$(mktemp)
  /usr/bin/time -o "$t" -f "%e %U %S %M" "$ungap" check "$1" --format json --jobs "$2" --max-work 0 \
    > /dev/null 2>/dev/null
  tail -1 "$t"
  rm -f "$t"
}

# The floor runs with the allocator ungap is linked with (mimalloc by default, see
# CMakeLists.txt), so both sides of the ratio use the same malloc; yaml-cpp's parse time barely
# depends on it (4.67 s with glibc, 4.70 s with mimalloc on the standard workload).
allocator=$(ldd "$ungap" | awk '/libmimalloc/ {print $3}')
floor() { LD_PRELOAD=$allocator "$build/ungap_parse_floor" "$1" | awk '{print $8}'; }  # seconds

report() {  # report NAME DIR
  local dir=$2 bytes fl r1 r2
  bytes=$(du -sb "$dir" | cut -f1)
  fl=$(floor "$dir")
  read -r w1 u1 s1 m1 <<<"$(run "$dir" 1)"
  read -r w2 u2 s2 m2 <<<"$(run "$dir" 2)"
  awk -v n="$1" -v b="$bytes" -v f="$fl" -v w1="$w1" -v u1="$u1" -v s1="$s1" -v m1="$m1" \
      -v w2="$w2" -v m2="$m2" 'BEGIN {
    printf "%-22s input %6.1f MB  floor %6.2f s | jobs 1: %6.2f s wall, %6.2f s cpu, %4.2fx floor, %6.1f MB peak (%.2fx input) | jobs 2: %6.2f s, speed-up %.2fx, %6.1f MB\n",
      n, b/1e6, f, w1, u1+s1, w1/f, m1/1024, m1*1024/b, w2, w1/w2, m2/1024 }'
}

# Every report format on one workspace, written to a file: CPU time on 1 thread (user + sys;
# the machine may be shared, so wall time is noisy) against json's, and peak memory on 1 thread
# and on every core (the default) against the input's size, with whether each is within its
# target: 2x json's CPU time (xlsx, which compresses, 3x) and 3x the input's size in memory,
# the larger of the two peaks counting.
formats() {  # formats DIR
  local dir=$1 bytes t out json_cpu="" all
  bytes=$(du -sb "$dir" | cut -f1)
  t=$(mktemp)
  out=$(mktemp -d)
  echo "formats on $(basename "$dir"): cpu = user + sys on 1 thread; peak on 1 and on $(nproc) threads"
  for f in json md csv table html xlsx sarif junit; do
    /usr/bin/time -o "$t" -f "%M" "$ungap" check "$dir" --format "$f" \
      --max-work 0 -o "$out/report.$f" >/dev/null 2>/dev/null || true
    all=$(tail -1 "$t")
    /usr/bin/time -o "$t" -f "%e %U %S %M" "$ungap" check "$dir" --format "$f" --jobs 1 \
      --max-work 0 -o "$out/report.$f" >/dev/null 2>/dev/null || true
    read -r w u s m <<<"$(tail -1 "$t")"
    [ -z "$json_cpu" ] && json_cpu=$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')
    awk -v f="$f" -v b="$bytes" -v w="$w" -v u="$u" -v s="$s" -v m="$m" -v a="$all" \
        -v j="$json_cpu" -v size="$(stat -c %s "$out/report.$f")" 'BEGIN {
      cpu = u + s; limit = (f == "xlsx") ? 3 : 2; mem = (m > a ? m : a) * 1024 / b
      printf "  %-6s %7.2f s cpu (%4.2fx json, target %dx: %-4s) %7.2f s wall | peak %6.1f MB, %6.1f MB (%4.2fx input, target 3x: %-4s) | %7.1f MB written\n",
        f, cpu, cpu / j, limit, cpu / j <= limit ? "ok" : "over", w, m / 1024, a / 1024, mem,
        mem <= 3 ? "ok" : "over", size / 1e6 }'
    rm -f "$out/report.$f"
  done
  rm -rf "$t" "$out"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r)"
echo "$("$ungap" --version) ($(git -C "$root" rev-parse --short HEAD)), allocator: ${allocator:-system}"
report "standard" "$(gen standard)"
formats "$(gen standard)"
[ "$quick" = "--quick" ] && exit 0

echo "companies sweep (200 claims each, 1000 rules):"
for n in 100 300 1000 3000 10000; do report "  companies=$n" "$(gen "companies-$n" --companies "$n")"; done
echo "rules sweep (1000 companies):"
for n in 100 300 1000 3000 5000; do report "  rules=$n" "$(gen "rules-$n" --rules "$n")"; done
