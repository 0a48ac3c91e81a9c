#!/usr/bin/env bash
# `cmake --install` into a temporary prefix: the installed ungap runs and names its version and
# commit; the installed man page and completions are what the binary generates from its own
# option definitions, and name every command and option `--help` lists.
set -euo pipefail
BUILD=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$BUILD" --prefix "$tmp/prefix" >/dev/null
u=$tmp/prefix/bin/ungap
[ -x "$u" ] || fail "no bin/ungap"
"$u" --version | grep -Eq '^ungap [0-9]+\.[0-9]+\.[0-9]+ \(commit [^ )]+\)$' ||
  fail "--version: $("$u" --version)"

man=$tmp/prefix/share/man/man1/ungap.1
bash=$tmp/prefix/share/bash-completion/completions/ungap
zsh=$tmp/prefix/share/zsh/vendor-completions/_ungap
fish=$tmp/prefix/share/fish/vendor_completions.d/ungap.fish
cmp "$man" <("$u" man) || fail "installed man page differs from ungap man"
cmp "$bash" <("$u" completion bash) || fail "installed bash completion differs"
cmp "$zsh" <("$u" completion zsh) || fail "installed zsh completion differs"
cmp "$fish" <("$u" completion fish) || fail "installed fish completion differs"
[ -f "$tmp/prefix/share/doc/ungap/docs/first-workspace.md" ] || fail "docs not installed"

# Every command and every option of each command's --help is in the man page and completions.
mantext=$(sed 's/\\-/-/g' "$man")
commands=$("$u" --help | awk '/^Subcommands:/ {on=1; next} on && NF {print $1}')
[ "$(echo "$commands" | wc -w)" -ge 9 ] || fail "too few commands in --help: $commands"
for c in $commands; do
  grep -q "^\.SS \"ungap $c\"" "$man" || fail "man page lacks ungap $c"
  grep -q "^    $c)" "$bash" || fail "bash completion lacks $c"
  for opt in $("$u" "$c" --help | grep -oE '(^|[ ,])--[a-z][a-z-]*' | tr -d ' ,' | sort -u); do
    grep -q -- "$opt" <<<"$mantext" || fail "man page lacks $c $opt"
    grep -q -- "$opt" "$bash" || fail "bash completion lacks $c $opt"
    grep -q -- "-l ${opt#--}" "$fish" || fail "fish completion lacks $c $opt"
  done
done

# The scripts parse, and bash completes a command and an option's values.
bash -n "$bash"
if command -v zsh >/dev/null; then zsh -n "$zsh"; fi
if command -v fish >/dev/null; then fish -n "$fish"; fi
if command -v groff >/dev/null; then
  groff -man -Tutf8 -ww -z "$man" 2>&1 | grep . && fail "groff warns about the man page"
fi
got=$(bash -c "source '$bash'; COMP_WORDS=(ungap ch); COMP_CWORD=1; _ungap; echo \${COMPREPLY[*]}")
[ "$got" = "check" ] || fail "bash completes 'ungap ch' to '$got'"
got=$(bash -c "source '$bash'; COMP_WORDS=(ungap check --format j); COMP_CWORD=3; _ungap; echo \${COMPREPLY[*]}")
[ "$got" = "json junit" ] || fail "bash completes 'ungap check --format j' to '$got'"

# The installed binary starts a workspace that lints clean.
(cd "$tmp" && "$u" init ws >/dev/null && cd ws && "$u" lint --strict >/dev/null) ||
  fail "installed ungap: init + lint failed"
echo "install: ok"
