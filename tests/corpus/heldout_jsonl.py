"""Prints a hand-written held-out split as JSONL that `postscreen eval ... --split heldout` reads, so a
split can be scored on its own before the corpus generator reads it (as post_heldout50.py was).

Run: python3 tests/corpus/post_heldoutN.py > heldoutN.jsonl
"""
import json

CODES = {"A": "anecdote", "D": "disrespect", "R": "advice_request", "G": "advice_given", "Q": "quasi"}


def print_split(entries, name):
    """Writes each (labels, text) entry of the split called `name` ("heldout50") as one JSON line."""
    for number, (code, text) in enumerate(entries, 1):
        print(json.dumps({
            "id": f"{name}-{number:02d}",
            "source": f"postscreen:tests/corpus/post_{name}.py",
            "text": text,
            "spans": [],
            "labels": {label: letter in code for letter, label in CODES.items()},
            "split": "heldout",
        }, ensure_ascii=False))
