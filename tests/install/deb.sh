#!/usr/bin/env bash
# `cpack -G DEB` in the build folder (nothing is rebuilt) builds a Debian package holding ungap,
# its man page and completions at Debian's paths, whose Depends name the Debian package of every
# shared library the binary needs (and no -dev package); the packaged binary runs.
# Skipped (77) without cpack, dpkg-deb or dpkg-shlibdeps (dpkg-dev). Usage: deb.sh BUILD_DIR
set -euo pipefail
BUILD=$(realpath "$1")
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "no $tool: skipped"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$BUILD" && cpack -G DEB -B "$tmp/out") >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log"; fail "cpack failed"; }
debs=("$tmp"/out/ungap_*_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "no single ungap_VERSION_ARCH.deb: ${debs[*]}"
deb=${debs[0]}

info=$(dpkg-deb -I "$deb")
field() { sed -n "s/^ $1: //p" <<<"$info"; }
[ "$(field Package)" = ungap ] || fail "Package: $(field Package)"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture: $(field Architecture)"
[ -n "$(field Version)" ] && [ -n "$(field Maintainer)" ] && [ -n "$(field Description)" ] ||
  fail "a control field is empty: $info"
depends=$(field Depends)
grep -q -- '-dev\b' <<<"$depends" && fail "Depends names a -dev package: $depends"

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/ungap ./usr/share/man/man1/ungap.1 \
         ./usr/share/bash-completion/completions/ungap ./usr/share/zsh/vendor-completions/_ungap \
         ./usr/share/fish/vendor_completions.d/ungap.fish ./usr/share/doc/ungap/README.md; do
  grep -qx -- "$f" <<<"$files" || fail "the package lacks $f"
done
grep -v '^\./usr/' <<<"$files" | grep -q . && fail "files outside /usr: $(grep -v '^\./usr/' <<<"$files")"

dpkg-deb -x "$deb" "$tmp/root"
u=$tmp/root/usr/bin/ungap
# Every library the binary needs comes from a Debian package that Depends names.
for lib in $(objdump -p "$u" | awk '$1 == "NEEDED" {print $2}'); do
  path=$(ldd "$u" | awk -v l="$lib" '$1 == l {print $3}')
  [ -n "$path" ] || fail "ldd does not find $lib"
  pkg=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")" 2>/dev/null ||
        dpkg -S "/usr$path" 2>/dev/null) || fail "no Debian package holds $path"
  pkg=${pkg%%:*}
  sed 's/ *([^)]*)//g; s/, */\n/g' <<<"$depends" | grep -qxF -- "$pkg" ||
    fail "Depends lacks $pkg (for $lib): $depends"
done
# The packaged binary, stripped, runs; the man page and completions are what it prints.
"$u" --version | grep -Eq '^ungap [0-9]+\.[0-9]+\.[0-9]+ \(commit [^ )]+\)$' ||
  fail "the packaged ungap does not run: $("$u" --version 2>&1)"
file "$u" | grep -q 'not stripped' && fail "the packaged binary is not stripped"
cmp -s "$tmp/root/usr/share/man/man1/ungap.1" <("$u" man) || fail "man page differs from ungap man"
cmp -s "$tmp/root/usr/share/bash-completion/completions/ungap" <("$u" completion bash) ||
  fail "bash completion differs"
echo "deb: ok ($(basename "$deb"); Depends: $depends)"
