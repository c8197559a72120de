#!/usr/bin/env python3
"""Pools the held-out history: the rows of README.md's held-out table that add up several splits.

Each hand-written split was scored once, by the model of its day, and then moved into training, so
its result cannot be recomputed from today's model. docs/heldout-counts.tsv keeps each split's
counts per category (true positives, false alarms, misses). They were derived from the F1 that
README.md's history table records and the split's gold count, up to post_heldout77.py; where more
than one count fits an F1 (49 of those 385 entries, mostly small categories), the one with the fewest
true positives is kept, and the "from" column says so. Later rounds add their exact counts from
`postscreen eval ... --split heldout --errors`.

Run: python3 tests/corpus/pool_heldout.py [FIRST LAST] ...
With no ranges it prints the three pooled rows of README.md: every split from 8 (the first of
2026-11-23) to the last, the conditioned disrespect model's (from 45), and the last fifteen.
"""
import collections
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = ["anecdote", "disrespect", "advice_request", "advice_given", "quasi"]


def load_counts():
    counts = {}
    with open(os.path.join(HERE, "..", "..", "docs", "heldout-counts.tsv"), newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            counts[(int(row["split"]), row["category"])] = (int(row["tp"]), int(row["fp"]), int(row["fn"]))
    return counts


def posts_per_split():
    posts = collections.Counter()
    with open(os.path.join(HERE, "post-posts.jsonl"), encoding="utf-8") as f:
        for line in f:
            match = re.search(r"post_heldout(\d*)\.py", json.loads(line)["source"])
            if match:
                posts[int(match.group(1) or 1)] += 1
    return posts


def pooled(counts, first, last):
    """Per category: F1, precision, recall, and the summed counts, over splits first..last."""
    out = {}
    for category in CATEGORIES:
        tp = fp = fn = 0
        for split in range(first, last + 1):
            a, b, c = counts[(split, category)]
            tp, fp, fn = tp + a, fp + b, fn + c
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[category] = (2 * p * r / (p + r) if p + r else 0.0, p, r, tp, fp, fn)
    return out


def main(argv):
    counts = load_counts()
    last = max(split for split, _ in counts)
    ranges = [(int(a), int(b)) for a, b in zip(argv[0::2], argv[1::2])] or [(8, last), (45, last), (last - 14, last)]
    posts = posts_per_split()
    print("| splits | posts | mocking | " + " | ".join(CATEGORIES) + " | disrespect P, R |")
    print("|---|---:|---:|" + "---:|" * len(CATEGORIES) + "---|")
    for first, end in ranges:
        rows = pooled(counts, first, end)
        mocking = sum(counts[(s, "disrespect")][0] + counts[(s, "disrespect")][2] for s in range(first, end + 1))
        n = sum(posts[s] for s in range(first, end + 1))
        f1s = " | ".join(f"{rows[c][0]:.3f}" for c in CATEGORIES)
        _, p, r, *_ = rows["disrespect"]
        print(f"| {first}-{end} | {n:,} | {mocking} | {f1s} | P {p:.3f}, R {r:.3f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
