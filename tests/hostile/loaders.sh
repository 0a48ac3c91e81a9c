#!/usr/bin/env bash
# No crash, no hang: 101 frameworks whose ids share a 28-character prefix (XLSX sheet names), a
# chain of 150,000 superseding claims, 100,000 sources, 30,000 dangling obligations and a 1 MB
# id to suggest for, a 1 MB quote against a 16 MB snapshot built to defeat a naive search.
source "$(dirname "$0")/common.sh"
# Linear loaders finish these in seconds; 60 s in Release, more under the sanitizers (CMake sets
# TIME_LIMIT there), where every run is several times slower.
TIME_LIMIT=$((TIME_LIMIT > 60 ? TIME_LIMIT : 60))

fresh_workspace
for ((i = 0; i < 101; i++)); do
  printf 'framework: {id: aaaaaaaaaaaaaaaaaaaaaaaaaaaa%03d, title: T}\nobligations: [{id: o, title: O}]\n' \
    "$i" >"$work/ws/frameworks/f$i.yaml"
done
run check "$work/ws" --as-of 2026-01-01 --format xlsx -o "$work/r.xlsx"
[ "$code" -le 1 ] && [ -s "$work/r.xlsx" ] && ok "101 frameworks sharing a 28-character prefix: xlsx written" ||
  fail "xlsx with 101 long framework ids: exit $code"

fresh_workspace
python3 - "$work/ws/statements/chain.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("company: {id: chain, name: Chain}\nsources:\n  - {id: s, title: S, publisher: P, kind: policy, date: 2020-01-01}\nclaims:\n")
    for i in range(150000):
        sup = f", supersedes: [c{i-1}]" if i else ""
        f.write(f"  - {{id: c{i}, source: s, kind: commitment, summary: x{sup}}}\n")
PY
start=$SECONDS
run check "$work/ws" --as-of 2026-01-01 --format json --max-file-size 100000000
[ "$code" -le 1 ] && ok "150,000-claim supersedes chain: exit $code in $((SECONDS - start)) s" ||
  fail "150,000-claim supersedes chain: exit $code"

fresh_workspace
python3 - "$work/ws/statements/many.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("company: {id: many, name: Many}\nsources:\n")
    for i in range(100000):
        f.write(f"  - {{id: s{i}, title: S, publisher: P, kind: policy, date: 2020-01-01}}\n")
    f.write("claims:\n")
    for i in range(0, 100000, 10):
        f.write(f"  - {{id: c{i}, source: s{i}, kind: commitment, summary: x}}\n")
    for i in range(2000):
        f.write(f"  - {{id: d{i}, source: nosuch{i}, kind: commitment, summary: x}}\n")
PY
start=$SECONDS
run lint "$work/ws" --max-file-size 100000000
expect_exit "100,000 sources, 2,000 dangling: lint in $((SECONDS - start)) s" 1 "dangling-ref"

fresh_workspace
python3 - "$work/ws/rules/dangling.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("rules:\n")
    f.write("  - id: long\n    checks: [demo/" + "x" * 1000000 + "]\n    elements: [{id: e, match: 'true'}]\n")
    f.write("  - id: many\n    checks:\n")
    for i in range(30000):
        f.write(f"      - demo/policy.commit{i}\n")
    f.write("    elements: [{id: e, match: 'true'}]\n")
PY
start=$SECONDS
run lint "$work/ws" --max-file-size 100000000
expect_exit "a 1 MB id and 30,000 dangling obligations: lint in $((SECONDS - start)) s" 1 "dangling-ref"

fresh_workspace
python3 - "$work/ws/statements/acme" <<'PY'
import sys
d = sys.argv[1]
with open(d + "/sources/policy.txt", "w") as f:
    f.write("a" * (16 * 1024 * 1024 - 64))
with open(d + "/statements.yaml") as f:
    text = f.read()
text = text.replace('quote: "We respect   human rights"', 'quote: "' + "a" * 1000000 + 'b"')
with open(d + "/statements.yaml", "w") as f:
    f.write(text)
PY
start=$SECONDS
run lint "$work/ws"
expect_exit "a 1 MB quote in a 16 MB snapshot: not found, in $((SECONDS - start)) s" 1 "quote-not-found"

fresh_workspace
python3 - "$work/ws" <<'PY'
import sys
d = sys.argv[1]
with open(d + "/statements/acme/statements.yaml") as f:
    text = f.read()
text = text.replace("summary: Acme commits to respecting human rights.",
                    "summary: " + "a" * 1000000)
text = text.replace("name: Acme | Cloud", "name: " + "a" * 500000 + "b")
with open(d + "/statements/acme/statements.yaml", "w") as f:
    f.write(text)
with open(d + "/rules/contains.yaml", "w") as f:
    f.write("rules:\n  - id: contains\n    checks: [demo/policy.commit]\n    elements:\n")
    f.write("      - {id: e, match: \"claim.summary.contains(company.name)\"}\n")
PY
start=$SECONDS
run check "$work/ws" --as-of 2026-01-01 --format json
[ "$code" -le 2 ] && [ $((SECONDS - start)) -lt 30 ] &&
  ok "1 MB strings in contains: exit $code in $((SECONDS - start)) s" ||
  fail "1 MB strings in contains: exit $code in $((SECONDS - start)) s"
# A file of the largest default size that only opens brackets: refused at the 65th, not read to
# its end (yaml-cpp would hold some 240 bytes per bracket: 3.8 GB). 1 GB of address space here.
fresh_workspace
{ printf 'framework: {id: fw, title: T}\nobligations: '; head -c 16000000 /dev/zero | tr '\0' '['; } \
  >"$work/ws/frameworks/deep.yaml"
saved=$MEMORY_KB
[ "$MEMORY_KB" = unlimited ] || MEMORY_KB=1000000
start=$SECONDS
run lint "$work/ws"
MEMORY_KB=$saved
expect_exit "16 MB of open brackets: one nesting error, in $((SECONDS - start)) s" 1 \
  "deep.yaml:2:77: error: nesting is deeper than the limit of 64 levels [nesting-depth]"
finish
