#!/usr/bin/env bash
# Nothing outside the workspace is read: a snapshot through `..`, an absolute path or a symbolic
# link, `paths:` leading out, a symlinked .yaml. The message is the same whether the target
# exists or not, and never shows what it holds. --allow-outside-workspace lifts the bound.
source "$(dirname "$0")/common.sh"
echo "TOKEN-$RANDOM-secret" >"$work/secret.txt"
chmod 600 "$work/secret.txt"
token=$(cat "$work/secret.txt")

fresh_workspace
acme=$work/ws/statements/acme/statements.yaml
for target in ../../../secret.txt ../../../no-such-file.txt "$work/secret.txt" /etc/passwd; do
  sed -i "s|text: .*|text: $target|" "$acme"
  sed -i "s|quote: .*|quote: \"TOKEN\"|" "$acme"
  run lint "$work/ws" --format json
  expect_exit "snapshot $target refused" 1 "outside-workspace"
  expect_no "snapshot $target: nothing told" "quote-not-found" "$work/out" "$work/err"
  n=$((${n:-0} + 1))
  cp "$work/out" "$work/lint-$n"
done
# Existing (1) or missing (2): the same words, but for the name.
if diff <(sed 's/secret.txt/X/g; s/no-such-file.txt/X/g' "$work/lint-1") \
        <(sed 's/secret.txt/X/g; s/no-such-file.txt/X/g' "$work/lint-2") >/dev/null; then
  ok "the same message whether the target exists or not"
else
  fail "messages differ for an existing and a missing target"
fi

fresh_workspace
ln -s "$work/secret.txt" "$work/ws/statements/acme/sources/link.txt"
sed -i "s|text: .*|text: sources/link.txt|" "$acme"
run check "$work/ws" --format json
expect_exit "snapshot through a symbolic link refused" 2 "outside-workspace"
run check "$work/ws" --format json --allow-outside-workspace
expect_exit "--allow-outside-workspace reads it (the quote is then checked)" 2 "quote-not-found"

fresh_workspace
printf 'framework: {id: stolen, title: "%s"}\nobligations: [{id: a, title: A}]\n' "$token" \
  >"$work/outside.yaml"
ln -s "$work/outside.yaml" "$work/ws/frameworks/evil.yaml"
run lint "$work/ws"
expect_exit "symlinked .yaml refused" 1 "outside-workspace"
expect_no "symlinked .yaml: its lines never echoed" "$token" "$work/out" "$work/err"
run lint "$work/ws/frameworks/evil.yaml" "$work/ws/frameworks/demo.yaml"
expect_exit "symlinked .yaml named on the command line refused" 1 "outside-workspace"

for paths in '[../]' '[/]' "[$work]" '[frameworks, ../../]'; do
  fresh_workspace
  echo "paths: $paths" >"$work/ws/ungap.yaml"
  run check "$work/ws"
  expect_exit "paths: $paths refused" 2 "ungap.yaml:1:"
done
fresh_workspace
echo "paths: [frameworks, rules, statements]" >"$work/ws/ungap.yaml"
run lint "$work/ws"
expect_exit "paths: inside the workspace still load" 0
finish
