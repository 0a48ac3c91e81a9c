#!/usr/bin/env bash
# `ungap new`: the skeletons fail lint until their placeholders are filled, and lint, test (at
# 100% coverage) and check clean once sed fills them; a second `new` writes over nothing.
set -euo pipefail
UNGAP=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$UNGAP" init "$tmp/ws" >/dev/null
cd "$tmp/ws"
cat >> frameworks/example.yaml <<'YAML'
  - id: grievance
    title: Provides a grievance mechanism
YAML
"$UNGAP" new company acme-corp
"$UNGAP" new rule example/grievance
[ -f statements/acme-corp/statements.yaml ] && [ -f rules/example/grievance.yaml ] &&
  [ -f rules/example/grievance.test.yaml ] || fail "new did not write the skeletons"

# Unfilled, they fail lint with errors.
if "$UNGAP" lint >"$tmp/lint.out" 2>&1; then fail "unfilled skeletons lint clean"; fi
grep -q 'invalid-id' "$tmp/lint.out" || fail "no invalid-id error on a placeholder"

# Filled, they pass.
sed -i \
  -e 's/<source-id[^>]*>/policy-2025/; s/<claim-id[^>]*>/commits/' \
  -e 's/<policy|report[^>]*>/policy/; s/<commitment|process[^>]*>/process/' \
  -e 's/<YYYY-MM-DD[^>]*>/2025-02-01/; s|<https://[^>]*>|https://example.org/acme|' \
  -e 's/<sector[^>]*>/cloud/; s/<ISO 3166[^>]*>/us/; s/<topic[^>]*>/grievance-mechanism/' \
  -e 's/<[^>]*>/Filled in/' statements/acme-corp/statements.yaml
sed -i -e 's/<YYYY-MM-DD>/2025-06-01/g; s/<claim kind>/process/; s/<topic>/grievance-mechanism/' \
  -e 's/<element-id>/channel/; s/"<what[^>]*>"/"a case"/' rules/example/grievance.test.yaml
sed -i -e '0,/"a case"/! s/"a case"/"another case"/' rules/example/grievance.test.yaml
sed -i -e 's/<element-id[^>]*>/channel/' \
  -e "s/\"<expression[^>]*>\"/\"claim.kind == 'process' \&\& 'grievance-mechanism' in claim.topics\"/" \
  -e 's/<[^>]*>/Filled in/' rules/example/grievance.yaml
grep -n '<' statements/acme-corp/statements.yaml rules/example/grievance*.yaml | grep -v '^[^:]*:[0-9]*:#' \
  && fail "placeholders left after filling"
# A new word goes into the vocabulary first: until then lint names it.
if "$UNGAP" lint >"$tmp/lint.out" 2>&1; then fail "an undeclared topic lints clean"; fi
grep -q "topic 'grievance-mechanism' is not in the vocabulary" "$tmp/lint.out" ||
  fail "no undeclared-term error: $(cat "$tmp/lint.out")"
sed -i '/^topics:/a\  - id: grievance-mechanism\n    definition: A channel for complaints about impacts.' \
  vocabulary.yaml
"$UNGAP" lint --strict
"$UNGAP" test --min-coverage 100
"$UNGAP" check --company acme-corp | grep -q 'acme-corp  example/grievance      met' ||
  fail "the filled company does not meet example/grievance: $("$UNGAP" check --company acme-corp)"

# Never over an existing file; a bad id is refused.
if "$UNGAP" new company acme-corp 2>"$tmp/err"; then fail "second new company succeeded"; fi
grep -q 'statements.yaml already exists' "$tmp/err" || fail "$(cat "$tmp/err")"
if "$UNGAP" new rule grievance 2>"$tmp/err"; then fail "new rule without a framework succeeded"; fi
grep -q "is not an obligation id" "$tmp/err" || fail "$(cat "$tmp/err")"
echo "new: ok"
