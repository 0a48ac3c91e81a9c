"""Reads the XLSX report back with openpyxl and checks the cells a reader sees: sheets, headers,
frozen and filtered header rows, a verdict's row with its evidence and linked source, a derived
row with the evidence and verdicts of its sources, the summary's scores and counts, a URL too
long for a link written as text, column widths that fit the longest obligation id, and that two
runs give the same bytes.
Usage: python3 read_back.py UNGAP"""
import os
import subprocess
import sys
import tempfile

import openpyxl

ungap = os.path.abspath(sys.argv[1])
here = os.path.dirname(os.path.abspath(__file__))
failures = []


def expect(what, got, want):
    if got != want:
        failures.append(f"{what}: got {got!r}, want {want!r}")


def report(path):
    subprocess.run([ungap, "check", "ws", "--as-of", "2025-12-01", "-o", path], cwd=here,
                   check=True, stderr=subprocess.DEVNULL)


with tempfile.TemporaryDirectory() as tmp:
    first, second = os.path.join(tmp, "a.xlsx"), os.path.join(tmp, "b.xlsx")
    report(first)
    report(second)
    with open(first, "rb") as a, open(second, "rb") as b:
        expect("two runs give the same bytes", a.read() == b.read(), True)
    wb = openpyxl.load_workbook(first)

expect("sheets", wb.sheetnames, ["Summary", "dst", "src", "Inputs"])
summary, src, dst = wb["Summary"], wb["src"], wb["dst"]
rows = lambda ws: [list(r) for r in ws.iter_rows(values_only=True)]

expect("summary rows", rows(summary)[:5], [
    ["company", "framework", "status", "score", "met", "partial", "gap", "not-applicable",
     "not-assessed", "contested", "overdue"],
    ["Acme", "Target framework", "partial", 37.5, 0, 2, 0, 0, 0, 0, 0],
    ["Acme", "Source framework", "partial", 66.7, 3, 3, 1, 0, 0, 3, 0],
    ["Beta Corp", "Target framework", "partial", 50, 0, 2, 0, 0, 0, 0, 0],
    ["Beta Corp", "Source framework", "partial", 42.9, 2, 2, 3, 0, 0, 0, 0]])
expect("summary line", summary["A7"].value,
       "ungap 0.1.0: 2 companies, 2 frameworks, as of 2025-12-01: 5 met, 9 partial, 4 gap, "
       "0 not-applicable, 0 not-assessed; 3 contested, 0 overdue")
expect("note on links written as text", summary["A8"].value,
       "6 sources are written as text with their URL, not as links: the URL is not http(s) or "
       "is longer than the 255 characters an Excel formula's HYPERLINK takes")

header = ["company", "obligation", "title", "status", "score", "weight", "flags", "rules",
          "evidence", "source 1", "source 2", "source 3", "missing", "contested_by",
          "derived_from", "impacts"]
for ws in (src, dst):
    expect(f"{ws.title} header", rows(ws)[0], header)
    expect(f"{ws.title} frozen header", ws.freeze_panes, "A2")
expect("src autofilter", src.auto_filter.ref, "A1:P15")
expect("Summary autofilter (the summary line is outside it)", summary.auto_filter.ref, "A1:K5")

link = ('=HYPERLINK("https://example.org/acme/report?title=""annual""&year=2025",'
        '"report-2025: Annual report, Acme")')
expect("a verdict's row", rows(src)[2], [
    "acme", "src/critical", "A critical duty, met and contested", "partial", 66.7, "critical",
    "contested", "critical",
    "Acme suspended a customer. (report-2025, 2025-03-01)\n"
    "Acme commits to respect human rights. (report-2025, 2025-03-01)",
    link, link, None, None,
    "A newspaper finds the suspension was partial and no remedy was given. "
    "(news-2025, 2025-06-01)", None, None])
expect("status colour", src["D3"].fill.fgColor.rgb, "FFF2A900")
expect("link style", (src["J3"].font.u, src["J3"].font.color.rgb), ("single", "FF0000FF"))
expect("a derived row", rows(dst)[2], [
    "acme", "dst/mixed", "Carried from a gap and a half-done duty", "partial", 25, "medium",
    "derived", None, "Acme commits to respect human rights. (report-2025, 2025-03-01)", link,
    None, None, None, None,
    "src/gap-disputed (equal): gap 0, counts as gap 0\n"
    "src/half (equal): partial 50, counts as partial 50", None])
long_url = "https://example.org/archive/" + "a" * 240 + ".html"
expect("a URL too long for a link", dst["J4"].value,
       f"beta-policy: Beta's human rights policy, Beta <{long_url}>")

obligation = "src/remedy-for-every-person-harmed-by-its-sale"
expect("the 46-character id", obligation in [r[1] for r in rows(src)], True)
# A width of N characters is stored as N + 0.71 (Excel's padding, in 256ths); ungap adds 2.
fitted = lambda ws, col: round(ws.column_dimensions[col].width - 2.71, 2)
expect("obligation column fitted to the 46-character id", fitted(src, "B"), 46)
expect("evidence column fitted to its longest line", fitted(src, "I"),
       len("Acme commits to respect human rights. (report-2025, 2025-03-01)"))
expect("source column capped at 50 (a long URL wraps)", fitted(src, "J"), 50)
expect("evidence wraps", src["I3"].alignment.wrap_text, True)
expect("inputs", rows(wb["Inputs"])[0:2][1][0], "frameworks/dst.yaml")

for f in failures:
    print("FAIL:", f)
print(f"xlsx.read_back: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
