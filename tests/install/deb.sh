#!/usr/bin/env bash
# `cpack -G DEB` builds a package holding ungap, its man page and completions, whose Depends
# are Debian runtime packages. Skipped (77) without cpack or dpkg-deb.
set -euo pipefail
BUILD=$1
command -v cpack >/dev/null && command -v dpkg-deb >/dev/null || exit 77
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$tmp" >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log"; fail "cpack failed"; }
deb=$(ls "$tmp"/ungap_*.deb)
info=$(dpkg-deb -I "$deb")
echo "$info" | grep -q '^ Package: ungap$' || fail "no Package: ungap"
depends=$(echo "$info" | sed -n 's/^ Depends: //p')
for pkg in libc6 libstdc++6 libyaml-cpp0.7 libfmt9 libre2-9 libssl3 libxlsxwriter4; do
  echo "$depends" | grep -Eq "(^|, )$pkg( |,|$)" || fail "Depends lacks $pkg: $depends"
done
echo "$depends" | grep -q -- '-dev' && fail "Depends names a -dev package: $depends"
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/ungap ./usr/share/man/man1/ungap.1 \
         ./usr/share/bash-completion/completions/ungap ./usr/share/zsh/vendor-completions/_ungap \
         ./usr/share/fish/vendor_completions.d/ungap.fish ./usr/share/doc/ungap/README.md; do
  echo "$files" | grep -qx -- "$f" || fail "the package lacks $f"
done
# The packaged binary is the built one, stripped, and runs.
dpkg-deb -x "$deb" "$tmp/root"
"$tmp/root/usr/bin/ungap" --version | grep -q '^ungap ' || fail "packaged ungap does not run"
echo "deb: ok ($depends)"
