#!/usr/bin/env bash
# One score per company and framework, whatever the format (docs/evaluation.md §6b): at each
# date of the committed reports (reports/, kept current by the test reports.current), the HTML
# page's summary blocks, the Markdown company summaries and the XLSX Summary sheet give every
# company the status, score and counts that `--layout matrix --format csv` gives it, on every
# framework. Usage: scores.sh UNGAP ROOT
set -euo pipefail
ungap=$1
root=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
dates="2025-10-10 2026-06-04 2026-06-30"
for as_of in $dates; do
  for format in html md xlsx; do cp "reports/gaps-$as_of.$format" "$out/$as_of.$format"; done
  "$ungap" check --as-of "$as_of" -q --layout matrix --format csv -o "$out/$as_of.matrix.csv" \
    2>/dev/null || true
done
/usr/bin/python3 - "$out" $dates <<'PY'
import csv, html, json, re, sys
import openpyxl

folder, dates = sys.argv[1], sys.argv[2:]
STATUSES = ["gap", "partial", "met", "not-applicable", "not-assessed"]
COUNTS = ["met", "partial", "gap", "not-applicable", "not-assessed"]


def text(status, score):  # "partial 45.2" or "not-applicable", as the matrix writes it
    if score is None:
        return status
    return f"{status} {float(score):g}"


def from_html(path):
    page = open(path, encoding="utf-8").read()
    meta = json.loads(html.unescape(re.search(r'id="ungap-meta">(.*?)</script>', page, re.S).group(1)))
    got = {}
    for block in re.findall(r'class="ungap-summary">(.*?)</script>', page, re.S):
        c = json.loads(block)
        for (fw, _title), s in zip(meta["frameworks"], c["s"]):
            counts = dict(zip(STATUSES, s[2:7]))
            got[(c["id"], fw)] = (text(STATUSES[s[0]], s[1]), tuple(counts[k] for k in COUNTS))
    names = {json.loads(b)["name"]: json.loads(b)["id"] for b in re.findall(r'class="ungap-summary">(.*?)</script>', page, re.S)}
    titles = {title: fw for fw, title in meta["frameworks"]}
    return got, names, titles


def from_matrix(path):
    rows = list(csv.reader(open(path, newline="", encoding="utf-8")))
    companies, got, parts = rows[0][4:], {}, {}
    for r in rows[1:]:
        if r[1] in ("(score)",) + tuple(f"({k})" for k in COUNTS):
            for c, v in zip(companies, r[4:]):
                parts.setdefault((c, r[0]), {})[r[1][1:-1]] = v
    for key, p in parts.items():
        got[key] = (p["score"], tuple(int(p[k]) for k in COUNTS))
    return got


def from_markdown(path, names):
    got, company = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):  # a company's summary table is under its own heading
            m = re.match(r"## Summary — (.*)$", line.rstrip("\n"))
            company = names[m.group(1)] if m else None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if company and len(cells) == 9 and cells[0] not in ("Framework", "---"):
            got[(company, cells[0])] = (cells[1], tuple(int(n) for n in cells[2:7]))
    return got


def from_xlsx(path, names, titles):
    sheet, got = openpyxl.load_workbook(path, read_only=True)["Summary"], {}
    for row in sheet.iter_rows(min_row=2, values_only=True):
        if row[0] not in names or row[1] not in titles:
            continue
        got[(names[row[0]], titles[row[1]])] = (text(row[2], row[3]), tuple(int(n) for n in row[4:9]))
    return got


problems, checked = [], 0
for d in dates:
    page, names, titles = from_html(f"{folder}/{d}.html")
    formats = {"matrix csv": from_matrix(f"{folder}/{d}.matrix.csv"),
               "markdown summary": from_markdown(f"{folder}/{d}.md", names),
               "xlsx Summary": from_xlsx(f"{folder}/{d}.xlsx", names, titles)}
    for name, got in formats.items():
        if set(got) != set(page):
            problems.append(f"{d} {name}: companies x frameworks {sorted(set(got) ^ set(page))}")
        for key in sorted(set(got) & set(page)):
            checked += 1
            if got[key] != page[key]:
                problems.append(f"{d} {key[0]} {key[1]}: html {page[key]}, {name} {got[key]}")
for p in problems[:20]:
    print(p)
print(f"{checked} company x framework scores compared with the HTML page's, {len(problems)} problems")
sys.exit(1 if problems or not checked else 0)
PY
