"""Headline check on the Stop Clickbait data: precision, recall and F1 (target F1 >= 0.85).

Usage: python benchmarks/clickbait_headlines.py [--errors K]

Each headline is judged as an article title with the same feature test the
clickbait-headline rule (STY002) uses.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shared import shared_path  # noqa: E402
from audit.checks.style import clickbait_features  # noqa: E402


def load(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    folder = shared_path("eval", "clickbait")
    pos = load(folder / "clickbait.txt")
    neg = load(folder / "non_clickbait.txt")
    tp = sum(1 for h in pos if clickbait_features(h, title=True))
    fp_items = [h for h in neg if clickbait_features(h, title=True)]
    fn_items = [h for h in pos if not clickbait_features(h, title=True)]
    fp = len(fp_items)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / len(pos)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"clickbait {len(pos)}  news {len(neg)}  tp {tp} fp {fp} fn {len(pos) - tp}")
    print(f"precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  (target F1 >= 0.85)")
    for h in fp_items[: args.errors]:
        print("false positive:", h, clickbait_features(h, title=True))
    for h in fn_items[: args.errors]:
        print("false negative:", h)


if __name__ == "__main__":
    main()
