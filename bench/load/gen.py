#!/usr/bin/env python3
"""Generates the load-test workspace of docs/robustness.md: the bundled frameworks, mappings and
rules, plus N synthetic companies of C claims each (default 10,000 x 200), written with the
bundled vocabulary so that the rules match real evidence. Deterministic for given options.
Python's standard library only.

    python3 bench/load/gen.py OUT_DIR [--companies N] [--claims C] [--seed S]
"""
import argparse
import glob
import os
import random
import re
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KINDS = ["commitment", "process", "action", "disclosure", "finding", "denial", "allegation",
         "response"]
SOURCE_KINDS = ["policy", "report", "blog", "letter", "news", "filing", "statement", "other"]


def bundled_words(pattern):
    """Every item of `pattern: [a, b]` lists in the bundled statements and rules."""
    words = set()
    for path in glob.glob(os.path.join(ROOT, "statements/**/*.yaml"), recursive=True) + \
            glob.glob(os.path.join(ROOT, "rules/**/*.yaml"), recursive=True):
        with open(path, encoding="utf-8") as f:
            for m in re.finditer(pattern + r":\s*\[([^\]]*)\]", f.read()):
                words.update(w.strip().strip("'\"") for w in m.group(1).split(","))
    return sorted(w for w in words if re.fullmatch(r"[a-z0-9][a-z0-9._-]*", w))


def copy_bundled(out):
    for folder in ("frameworks", "rules"):
        dst = os.path.join(out, folder)
        shutil.rmtree(dst, ignore_errors=True)
        shutil.copytree(os.path.join(ROOT, folder), dst,
                        ignore=shutil.ignore_patterns("*.test.yaml"))


def write_company(path, i, claims, topics, contexts, rng):
    lines = [f"company:\n  id: c{i:05d}\n  name: Company {i}\n  sectors: [cloud]\n",
             f"  contexts: [{', '.join(rng.sample(contexts, 2))}]\n",
             f"  attributes: {{employees: {rng.randint(10, 200000)}}}\nsources:\n"]
    sources = max(1, claims // 10)
    for s in range(sources):
        by = "company" if s % 3 else "third-party"
        lines.append(f"  - {{id: s{s}, title: Source {s}, publisher: P{s}, by: {by}, "
                     f"kind: {SOURCE_KINDS[s % len(SOURCE_KINDS)]}, "
                     f"date: {2015 + s % 11}-{1 + s % 12:02d}-{1 + s % 28:02d}}}\n")
    lines.append("claims:\n")
    for k in range(claims):
        t = ", ".join(rng.sample(topics, 2))
        sup = f", supersedes: [k{k - 1}]" if k % 17 == 16 else ""
        lines.append(f"  - {{id: k{k}, source: s{k % sources}, kind: {KINDS[k % len(KINDS)]}, "
                     f"topics: [{t}], summary: \"Synthetic claim {k} of company {i}, about {t}.\""
                     f"{sup}}}\n")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--companies", type=int, default=10000)
    ap.add_argument("--claims", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    topics = bundled_words("topics") or ["human-rights-policy"]
    contexts = bundled_words("contexts") or ["conflict-affected-areas"]
    while len(contexts) < 2:
        contexts.append("none")
    os.makedirs(a.out, exist_ok=True)
    copy_bundled(a.out)
    for i in range(a.companies):
        folder = os.path.join(a.out, "statements", f"c{i // 1000:02d}")
        os.makedirs(folder, exist_ok=True)
        write_company(os.path.join(folder, f"c{i:05d}.yaml"), i, a.claims, topics, contexts, rng)
    with open(os.path.join(a.out, "ungap.yaml"), "w") as f:
        f.write("paths: [frameworks, statements, rules]\n")


if __name__ == "__main__":
    main()
