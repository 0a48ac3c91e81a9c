#!/usr/bin/env python3
"""Generates a deterministic synthetic ungap workspace for benchmarks (docs/performance.md).

The standard workload: 1,000 companies x 200 claims, the bundled frameworks plus a synthetic
framework of 500 obligations, and 1,000 rules of 3 elements. Every size is an option and the
output depends only on the options and the seed. Python's standard library only.
"""
import argparse
import os
import random
import shutil

KINDS = ["commitment", "process", "action", "disclosure", "finding", "denial", "allegation",
         "response"]
SOURCE_KINDS = ["policy", "report", "blog", "letter", "news", "filing", "statement", "other"]


def topics(n):
    return [f"topic-{i:03d}" for i in range(n)]


def write_framework(path, obligations):
    with open(path, "w") as f:
        f.write("framework:\n  id: synthetic\n  title: Synthetic benchmark framework\n"
                "  version: \"1\"\nobligations:\n")
        for i in range(obligations):
            f.write(f"  - id: o{i:04d}\n    title: Synthetic obligation {i}\n"
                    f"    severity: {['critical', 'high', 'medium', 'low'][i % 4]}\n")


def element(rng, k, vocab):
    kind = rng.choice(KINDS)
    t1, t2 = rng.sample(vocab, 2)
    shapes = [
        f"claim.kind == '{kind}' && '{t1}' in claim.topics",
        f"'{t1}' in claim.topics && claim.by == 'company'",
        f"claim.by == 'company' && claim.kind == '{kind}' && '{t1}' in claim.topics",
        f"'{t1}' in claim.topics && claim.date >= date('2018-01-01')",
        f"claim.kind == '{kind}' && claim.topics.exists(t, t == '{t1}' || t == '{t2}')",
    ]
    return f"      - id: e{k}\n        match: \"{shapes[rng.randrange(len(shapes))]}\"\n"


def write_rules(path, rules, obligations, elements, vocab, rng):
    with open(path, "w") as f:
        f.write("rules:\n")
        for i in range(rules):
            f.write(f"  - id: r{i:05d}\n    checks: [synthetic/o{i % obligations:04d}]\n"
                    f"    title: Synthetic rule {i}\n    elements:\n")
            for k in range(elements):
                f.write(element(rng, k, vocab))
            if i % 5 == 0:
                f.write("    contested_by:\n      - id: c\n        match: \"claim.by == "
                        f"'third-party' && '{rng.choice(vocab)}' in claim.topics\"\n")


def write_company(path, c, claims, sources, vocab, rng):
    with open(path, "w") as f:
        f.write(f"company:\n  id: c{c:05d}\n  name: Company {c}\n  sectors: [cloud]\n"
                f"  contexts: [ctx-{c % 7}]\n  attributes: {{employees: {1000 + c}}}\n")
        f.write("sources:\n")
        for s in range(sources):
            by = "company" if s % 3 else "third-party"
            f.write(f"  - id: s{s:02d}\n    title: Source {s}\n    publisher: Publisher {s % 4}\n"
                    f"    by: {by}\n    kind: {SOURCE_KINDS[s % len(SOURCE_KINDS)]}\n"
                    f"    date: {2015 + s % 11}-{1 + s % 12:02d}-{1 + s % 28:02d}\n"
                    f"    url: https://example.org/{c}/{s}\n")
        f.write("claims:\n")
        for k in range(claims):
            src = rng.randrange(sources)
            ts = ", ".join(rng.sample(vocab, 3))
            f.write(f"  - id: k{k:04d}\n    source: s{src:02d}\n"
                    f"    date: {2015 + rng.randrange(11)}-{1 + rng.randrange(12):02d}-"
                    f"{1 + rng.randrange(28):02d}\n    kind: {rng.choice(KINDS)}\n"
                    f"    topics: [{ts}]\n    quote: \"Quote {k} of company {c} on {ts}\"\n"
                    f"    summary: Synthetic claim {k}.\n")


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("out")
    p.add_argument("--companies", type=int, default=1000)
    p.add_argument("--claims", type=int, default=200)
    p.add_argument("--sources", type=int, default=12)
    p.add_argument("--obligations", type=int, default=500)
    p.add_argument("--rules", type=int, default=1000)
    p.add_argument("--elements", type=int, default=3)
    p.add_argument("--topics", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--bundled", default=os.path.join(os.path.dirname(__file__), "..", "frameworks"),
                   help="frameworks folder to copy in (empty: none)")
    a = p.parse_args()
    rng = random.Random(a.seed)
    vocab = topics(a.topics)
    shutil.rmtree(a.out, ignore_errors=True)
    for d in ("frameworks", "rules", "statements"):
        os.makedirs(os.path.join(a.out, d))
    if a.bundled:
        shutil.copytree(a.bundled, os.path.join(a.out, "frameworks", "bundled"))
    write_framework(os.path.join(a.out, "frameworks", "synthetic.yaml"), a.obligations)
    write_rules(os.path.join(a.out, "rules", "synthetic.yaml"), a.rules, a.obligations,
                a.elements, vocab, rng)
    for c in range(a.companies):
        write_company(os.path.join(a.out, "statements", f"c{c:05d}.yaml"), c, a.claims, a.sources,
                      vocab, random.Random(a.seed * 1000003 + c))


if __name__ == "__main__":
    main()
