"""Sentence-level speculation/weasel detector on Wikipedia weasel sentences.

Usage: python benchmarks/speculation_weasel.py [--limit N] [--errors K]

Reads ../shared/eval/wiki-weasel/train.csv (label 1 = weasel or uncertain). A sentence is
predicted positive when the sourcing checks report unsourced speculation (SRC001), vague
attribution (SRC002), unsupported certainty (SRC003) or a vague quantity (SRC005, opt-in).
Prints precision, recall and F1 (target F1 >= 0.60) for two configurations: the default
(news) one, and the reference register documented in the README (``modal-verbs = false``),
which is the one that fits encyclopedic text.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shared import shared_path  # noqa: E402
from audit.engine import Auditor  # noqa: E402

PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
       "``": '"', "''": '"'}  # fmt: skip


def detokenise(text: str) -> str:
    """Undo the PTB escapes of the CSV so the text reads as published prose."""
    for k, v in PTB.items():
        text = text.replace(k, v)
    text = re.sub(r" ([,.;:!?)\]'])", r"\1", text)
    return re.sub(r"([(\[]) ", r"\1", text).replace(" 's", "'s").replace(" n't", "n't")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print K false positives/negatives")
    args = ap.parse_args()
    path = shared_path("eval", "wiki-weasel", "train.csv")
    with path.open(encoding="utf-8") as fh:
        rows = [(detokenise(r["text"].strip()), int(r["label"])) for r in csv.DictReader(fh)]
    if args.limit:
        rows = rows[: args.limit]
    select = ["SRC001", "SRC002", "SRC003", "SRC005"]
    news = Auditor({"select": select, "cache": False})
    reference = Auditor(
        {"select": select, "cache": False, "rules": {"SRC001": {"modal-verbs": False}}}
    )
    for name, auditor in (("default (news)", news), ("reference register", reference)):
        print(f"== {name}")
        evaluate(auditor, rows, args.errors)


def evaluate(auditor: Auditor, rows: list[tuple[str, int]], errors: int) -> None:
    """Print the confusion counts, precision, recall and F1 of one configuration."""
    tp = fp = fn = tn = 0
    fps, fns = [], []
    for text, label in rows:
        report = auditor.audit_text(text, path="sentence.md")
        pred = bool(report.findings)
        if pred and label:
            tp += 1
        elif pred:
            fp += 1
            fps.append(text)
        elif label:
            fn += 1
            fns.append(text)
        else:
            tn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"sentences {len(rows)}  positives {tp + fn}  tp {tp} fp {fp} fn {fn} tn {tn}")
    print(f"precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  (target F1 >= 0.60)")
    for label, items in (("false positive", fps), ("false negative", fns)):
        for t in items[:errors]:
            print(f"{label}: {t[:160]}")


if __name__ == "__main__":
    main()
