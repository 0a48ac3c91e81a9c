#!/usr/bin/env bash
# Installs everything ungap needs to build and test, from Debian 12's package registry only.
# Idempotent: packages already present are skipped, and apt-get update runs only when needed.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config git
  libyaml-cpp-dev libfmt-dev libcli11-dev libboost-test-dev
  libre2-dev libssl-dev
  zlib1g-dev  # the XLSX report's deflate (report/deflate_stream.cc)
  libsimdjson-dev  # the JSON report reader (report/report_reader.cc, docs/architecture.md)
  libmimalloc-dev  # the allocator ungap links (CMakeLists.txt, docs/performance.md)
  python3 python3-yaml time
  python3-openpyxl  # tests/xlsx/read_back.py reads the XLSX report back
  dpkg-dev file  # cpack -G DEB: dpkg-shlibdeps for the .deb's Depends, file to find binaries
  clang libclang-rt-14-dev  # libFuzzer, for the fuzz targets .ci/run runs (scripts/fuzz.sh)
  clang-format  # scripts/format.sh --check, run by .ci/run
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 2; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
