#!/usr/bin/env bash
# `ungap init` end to end: the new workspace lints strict, tests at 100% coverage and checks
# clean; the commands its CI workflow and pre-commit hooks run pass as written; its schemas are
# `ungap schema`'s; a second init refuses to write over anything; `--from` copies the vocabulary,
# frameworks and rules without companies.
set -euo pipefail
UNGAP=$1
SRC=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$UNGAP" init "$tmp/ws" >"$tmp/init.out"
grep -q '^created .*/ws/ungap.yaml$' "$tmp/init.out" || fail "init does not list ungap.yaml"
cd "$tmp/ws"
for f in ungap.yaml vocabulary.yaml frameworks/example.yaml statements/example-co/statements.yaml \
         rules/example.yaml rules/example.test.yaml .vscode/settings.json \
         .pre-commit-config.yaml .github/workflows/ungap.yml; do
  [ -f "$f" ] || fail "init did not write $f"
done
"$UNGAP" lint --strict 2>"$tmp/lint.err"
# The vocabulary is read: no note that words go unchecked.
grep -q 'no vocabulary file' "$tmp/lint.err" && fail "the new workspace's words go unchecked"
"$UNGAP" test --min-coverage 100
"$UNGAP" check --fail-on gap

# The schemas are ungap's own, and every one the editor settings name exists.
for kind in vocabulary framework mapping statements rules tests; do
  [ -f "schemas/$kind.schema.json" ] || fail "no schemas/$kind.schema.json"
done
for f in schemas/*.schema.json; do
  kind=$(basename "$f" .schema.json)
  cmp -s "$f" <("$UNGAP" schema "$kind") || fail "$f differs from ungap schema $kind"
done
python3 - <<'PY'
import json, os, sys
s = json.load(open(".vscode/settings.json"))["yaml.schemas"]
for schema in s:
    if not os.path.isfile(schema): sys.exit(f"FAIL: settings name missing {schema}")
for f in ["vocabulary.yaml", "frameworks/example.yaml", "rules/example.yaml", "rules/example.test.yaml",
          "statements/example-co/statements.yaml"]:
    line = open(f).readline()
    target = line.split("$schema=")[1].strip()
    if not os.path.isfile(os.path.join(os.path.dirname(f), target)):
        sys.exit(f"FAIL: modeline of {f} names missing {target}")
PY

# The CI workflow's and the pre-commit hooks' ungap commands, run as written.
cmds=$(sed -n 's/^ *- run: \(ungap .*\)$/\1/p; s/^ *entry: \(ungap .*\)$/\1/p' \
  .github/workflows/ungap.yml .pre-commit-config.yaml)
[ "$(echo "$cmds" | wc -l)" -ge 5 ] || fail "expected at least 5 ungap commands, got: $cmds"
while read -r cmd; do
  echo "+ $cmd"
  eval "\"\$UNGAP\" ${cmd#ungap }" >/dev/null || fail "'$cmd' failed"
done <<<"$cmds"
[ -s ungap.sarif ] || fail "the workflow's check wrote no SARIF"
rm ungap.sarif

# A second init writes nothing and names what is in the way.
before=$(find . -type f | sort | xargs sha256sum)
if "$UNGAP" init . >"$tmp/again.out" 2>"$tmp/again.err"; then fail "second init succeeded"; fi
grep -q '^ungap: error: ./ungap.yaml already exists' "$tmp/again.err" || fail "$(cat "$tmp/again.err")"
[ "$before" = "$(find . -type f | sort | xargs sha256sum)" ] || fail "second init changed files"

# --from: the bundled workspace's frameworks and rules, none of its companies.
"$UNGAP" init --from "$SRC" "$tmp/copy" >"$tmp/copy.out"
grep -q "^next: cd $tmp/copy && ungap new company ID, fill it in, then ungap lint" "$tmp/copy.out" ||
  fail "init --from does not say a company comes first: $(tail -n 1 "$tmp/copy.out")"
cd "$tmp/copy"
[ ! -e statements/microsoft ] || fail "--from copied a company"
[ ! -e frameworks/example.yaml ] || fail "--from kept the example framework"
cmp -s frameworks/ungp.yaml "$SRC/frameworks/ungp.yaml" || fail "--from changed frameworks/ungp.yaml"
cmp -s vocabulary.yaml "$SRC/vocabulary.yaml" || fail "--from did not copy vocabulary.yaml"
"$UNGAP" lint --strict 2>"$tmp/lint.err"
grep -q 'no vocabulary file' "$tmp/lint.err" && fail "--from left the vocabulary behind"
"$UNGAP" test --min-coverage 100
# No company yet: a check of nothing is an error, never a green run.
code=0
"$UNGAP" check --fail-on gap 2>"$tmp/nothing.err" || code=$?
[ "$code" = 2 ] && grep -q "nothing to check under .: no company was found" "$tmp/nothing.err" ||
  fail "check of a workspace without companies: exit $code, $(cat "$tmp/nothing.err")"
echo "init: ok"
