#!/usr/bin/env bash
# The layer check on the real tree must pass, and on a copy with planted violations (an upward
# include, yaml-cpp outside src/load, a link line naming a folder nobody includes) must name each.
set -euo pipefail
root=$1
here=$(cd "$(dirname "$0")" && pwd)
python3 "$here/layers.py" "$root"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$root/src" "$tmp/src"
sed -i '1i #include "cli/app.h"' "$tmp/src/model/enums.h"
sed -i '1i #include <yaml-cpp/yaml.h>' "$tmp/src/engine/evaluate.cc"
sed -i 's/^ungap_library(ungap_engine engine /&ungap_load /' "$tmp/src/CMakeLists.txt"
status=0
python3 "$here/layers.py" "$tmp" >"$tmp/out" || status=$?
line() { grep -n "^ungap_library(ungap_$1 " "$tmp/src/CMakeLists.txt" | cut -d: -f1; }
expected='src/model/enums.h:1: error: '"'"'model'"'"' may not include "cli/app.h": '"'"'cli'"'"' is not below it [layer-include]
src/engine/evaluate.cc:1: error: <yaml-cpp/yaml.h> belongs to src/load only [layer-library]
src/CMakeLists.txt:'$(line engine)': error: ungap_engine links ungap_load, which none of its files include [layer-link]
src/CMakeLists.txt:'$(line model)': error: ungap_model does not link ungap_cli, which its files include [layer-link]'
sort "$tmp/out" >"$tmp/got"
sort <<<"$expected" >"$tmp/want"
[ "$status" -eq 1 ] || { echo "planted violations: exit $status, expected 1" >&2; exit 1; }
diff -u "$tmp/want" "$tmp/got" || { echo "planted violations not reported as expected" >&2; exit 1; }
echo "layers: clean; planted violations reported"
