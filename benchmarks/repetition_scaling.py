"""Cost of the checks against article length: 5,000 vs 50,000 words.

Usage: python benchmarks/repetition_scaling.py [--select repetition]

Builds two synthetic articles from BBC paragraphs (deterministic order), audits each
in-process (one untimed run each, then the median of five) and prints seconds per 1,000
words. Target: the 50,000-word
article costs less than 1.5x the per-word time of the 5,000-word one.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shared import bbc_files  # noqa: E402
from audit.engine import Auditor  # noqa: E402
from audit.reading import read_file  # noqa: E402


def build(words: int) -> str:
    paras: list[str] = []
    count = 0
    for path in bbc_files():
        body = read_file(str(path)).split("\n", 1)[1]
        for para in body.split("\n\n"):
            para = para.strip()
            if para:
                paras.append(para)
                count += len(para.split())
                if count >= words:
                    return "Synthetic article\n\n" + "\n\n".join(paras) + "\n"
    return "\n\n".join(paras)


def timed(auditor: Auditor, text: str, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        auditor.audit_text(text, path="long.txt")
        auditor.release()  # free the document as batch runs do, inside the timing
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--select", default="", help="comma-separated selectors (default: all)")
    args = ap.parse_args()
    select = [s for s in args.select.split(",") if s]
    auditor = Auditor({"select": select, "cache": False})
    small, large = build(5_000), build(50_000)
    # One untimed run of each: the medians compare steady costs, not the one-off loading
    # of lexicons and the learning of each text's vocabulary.
    for text in (small, large):
        auditor.audit_text(text, path="warm.txt")
        auditor.release()
    ws, wl = len(small.split()), len(large.split())
    ts, tl = timed(auditor, small), timed(auditor, large)
    ps, pl = ts / ws * 1000, tl / wl * 1000
    print(f"checks: {args.select or 'all'}")
    print(f"{ws:>6} words: {ts:.3f} s ({ps * 1000:.2f} ms per 1,000 words)")
    print(f"{wl:>6} words: {tl:.3f} s ({pl * 1000:.2f} ms per 1,000 words)")
    print(f"per-word cost ratio 50k/5k: {pl / ps:.2f} (target < 1.5)")


if __name__ == "__main__":
    main()
