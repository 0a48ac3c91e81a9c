#!/usr/bin/env python3
"""Fails when any verdict in the given reports tells two stories: `met` must score exactly 100,
`gap` exactly 0, `partial` strictly between; `not-applicable` and `not-assessed` carry no score;
`contested` never sits on a gap. Reads JSON (findings, their rules, each impact's verdict and
derived_from sources; or the rows of a report grouped with --group-by), CSV and Markdown reports.

Usage: one_story.py REPORT_OR_FOLDER...
"""
import csv
import json
import pathlib
import sys

SCORED = {"met", "partial", "gap"}


def disagreement(status, score, flags=()):
    """The problem with a (status, score, flags) triple, or None."""
    if status in SCORED:
        if score is None:
            return f"{status} without a score"
        if status == "met" and score != 100:
            return f"met with score {score}"
        if status == "gap" and score != 0:
            return f"gap with score {score}"
        if status == "partial" and not 0 < score < 100:
            return f"partial with score {score}"
        if status == "gap" and "contested" in flags:
            return "gap marked contested"
    elif score is not None:
        return f"{status} with score {score}"
    return None


def check_pivot_json(path, report, problems):
    for group in report["groups"]:
        for r in group["rows"]:
            flags = [x.strip() for x in r["flags"].split(",")]
            if p := disagreement(r["status"], r.get("score"), flags):
                problems.append(f"{path}: {group['key']} {r['company']} {r['obligation']}: {p}")


def check_json(path, problems):
    report = json.loads(path.read_text(encoding="utf-8"))
    if "groups" in report:  # a report written with --group-by
        return check_pivot_json(path, report, problems)
    for company in report["companies"]:
        for f in company["findings"]:
            where = f"{path}: {company['id']} {f['id']}"
            if p := disagreement(f["status"], f.get("score"), f["flags"]):
                problems.append(f"{where}: {p}")
            for r in f["rules"]:
                if r["applicable"] and (p := disagreement(r["status"], r.get("score"), r["flags"])):
                    problems.append(f"{where} rule {r['id']}: {p}")
                for i in r.get("impacts", []):
                    if i["applicable"] and (p := disagreement(i["status"], i.get("score"), i["flags"])):
                        problems.append(f"{where} rule {r['id']} impact {i['impact']}: {p}")
            for i in f.get("impacts", []):
                if p := disagreement(i["status"], i.get("score"), i["flags"]):
                    problems.append(f"{where} impact {i['impact']}: {p}")
            for d in f.get("derived_from", []):
                for key in ("", "carried_"):
                    if "status" in d and (p := disagreement(d[key + "status"], d[key + "score"])):
                        problems.append(f"{where} from {d['obligation']} ({key}verdict): {p}")


def number(text):
    return float(text) if text.strip() else None


def check_csv(path, problems):
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            flags = [x.strip() for x in row["flags"].split(",")]
            if p := disagreement(row["status"], number(row["score"]), flags):
                problems.append(f"{path}: {row['company']} {row['obligation']}: {p}")


def check_md(path, problems):
    header = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| "):
            header = None
            continue
        cells = [c.strip() for c in line.strip("|").split(" | ")]
        if "Status" in cells and "Score" in cells:
            header = cells
            continue
        if header is None or cells[0].startswith("---") or len(cells) != len(header):
            continue
        row = dict(zip(header, cells))
        flags = [x.strip() for x in row.get("Flags", "").split("<br>")[0].split(";")[0].split(",")]
        if p := disagreement(row["Status"], number(row["Score"]), flags):
            problems.append(f"{path}: {row.get('Obligation', '?')}: {p}")


CHECKS = {".json": check_json, ".csv": check_csv, ".md": check_md}


def main(args):
    files = []
    for a in args:
        p = pathlib.Path(a)
        files += sorted(x for x in p.iterdir() if x.suffix in CHECKS) if p.is_dir() else [p]
    problems = []
    for f in files:
        CHECKS[f.suffix](f, problems)
    for p in problems:
        print(p)
    print(f"{len(files)} reports scanned, {len(problems)} verdicts telling two stories")
    return 1 if problems or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
