#!/usr/bin/env bash
# The matrix layout tells the list layout's story: on the bundled workspace, every cell of
# `--layout matrix --format csv` is the verdict the list CSV gives that company and obligation,
# and every company's counts are those of its rows; and the matrix is the same on 1 and 3
# threads. Usage: matrix.sh UNGAP ROOT
set -euo pipefail
ungap=$1
root=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
run() { "$ungap" check --as-of 2026-06-30 -q "$@" 2>/dev/null || true; }
run --format csv -o "$out/list.csv"
run --layout matrix --format csv -j 1 -o "$out/matrix1.csv"
run --layout matrix --format csv -j 3 -o "$out/matrix3.csv"
cmp "$out/matrix1.csv" "$out/matrix3.csv"
run --layout matrix --format md -j 1 -o "$out/matrix1.md"
run --layout matrix --format md -j 3 -o "$out/matrix3.md"
cmp "$out/matrix1.md" "$out/matrix3.md"
/usr/bin/python3 - "$out/list.csv" "$out/matrix1.csv" <<'PY'
import csv, sys
from collections import Counter
list_rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
matrix = list(csv.reader(open(sys.argv[2], newline="", encoding="utf-8")))
head, companies = matrix[0], matrix[0][4:]
verdict = {}
for r in list_rows:
    text = r["status"] + (" " + r["score"] if r["score"] else "")
    verdict[(r["company"], r["obligation"])] = text + ("; " + r["flags"] if r["flags"] else "")
problems, cells = [], 0
counts = Counter()
for row in matrix[1:]:
    if row[1].startswith("("):
        if row[1] in ("(met)", "(partial)", "(gap)", "(not-applicable)", "(not-assessed)"):
            for c, n in zip(companies, row[4:]):
                if counts[(c, row[0], row[1][1:-1])] != int(n):
                    problems.append(f"{c} {row[0]} {row[1]}: {n}, rows say {counts[(c, row[0], row[1][1:-1])]}")
        continue
    for c, cell in zip(companies, row[4:]):
        cells += 1
        counts[(c, row[0], cell.split(" ")[0].rstrip(";"))] += 1
        if verdict.get((c, row[1])) != cell:
            problems.append(f"{c} {row[1]}: matrix '{cell}', list '{verdict.get((c, row[1]))}'")
if cells != len(list_rows):
    problems.append(f"{cells} cells, {len(list_rows)} list rows")
for p in problems[:20]:
    print(p)
print(f"{cells} cells checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
PY
