"""Agreement of our Gopher repetition statistics with datatrove's GopherRepetitionFilter.

Usage: pip install -e '.[bench]'; python benchmarks/gopher_datatrove.py [--n 200]

Feeds the same normalised text (whitespace-only lines emptied, see audit.checks.gopher) to
both implementations on the first N BBC articles and prints the largest absolute
difference per statistic (target: every difference <= 1e-9).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shared import bbc_files  # noqa: E402
from audit.checks.gopher import gopher_stats, normalise_blank_lines  # noqa: E402
from audit.nlp import get_pipeline  # noqa: E402
from audit.reading import read_file  # noqa: E402


def datatrove_stats(text: str) -> dict[str, float]:
    """Run datatrove's filter and capture the statistics it computes."""
    from datatrove.pipeline.filters import gopher_repetition_filter as grf

    captured: dict[str, float] = {}
    filt = grf.GopherRepetitionFilter(
        dup_line_frac=2, dup_para_frac=2, dup_line_char_frac=2, dup_para_char_frac=2,
        top_n_grams=((2, 2), (3, 2), (4, 2)), dup_n_grams=tuple((n, 2) for n in range(5, 11)),
    )  # fmt: skip
    # The filter returns only a verdict; recompute with its own helpers to read the values.
    paragraphs = filt.paragraph_exp.split(text.strip())
    n, chars = grf.find_duplicates(paragraphs)
    captured["dup_para_frac"] = n / len(paragraphs)
    captured["dup_para_char_frac"] = chars / len(text)
    lines = filt._line_splitter.split(text)
    n, chars = grf.find_duplicates(lines)
    captured["dup_line_frac"] = n / len(lines)
    captured["dup_line_char_frac"] = chars / len(text)
    words = grf.split_into_words(text, filt.language)
    if len(words) >= 50:
        for n in (2, 3, 4):
            grams = grf.get_n_grams(words, n)
            if grams:
                captured[f"top_{n}_gram_char_frac"] = grf.find_top_duplicate(grams) / len(text)
        for n in range(5, 11):
            captured[f"dup_{n}_gram_char_frac"] = grf.find_all_duplicate(words, n) / len(text)
    return captured


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()
    try:
        import datatrove  # noqa: F401
    except ImportError:
        print("skipped: datatrove is not installed (pip install -e '.[bench]')")
        return
    tokenizer = get_pipeline(None).tokenizer
    worst: dict[str, float] = {}
    files = bbc_files()[: args.n]
    for path in files:
        text = normalise_blank_lines(read_file(str(path)).replace("\r\n", "\n"))
        words = [w for w in (t.text.strip() for t in tokenizer(text)) if w]
        ours = gopher_stats(text, words)
        theirs = datatrove_stats(text)
        assert set(ours) == set(theirs), (path, set(ours) ^ set(theirs))
        for k, v in ours.items():
            worst[k] = max(worst.get(k, 0.0), abs(v - theirs[k]))
    print(f"articles compared: {len(files)}")
    for k in sorted(worst):
        print(f"  {k:<24} max |ours - datatrove| = {worst[k]:.3e}")
    ok = all(v <= 1e-9 for v in worst.values())
    print("agreement within 1e-9:", "yes" if ok else "NO")


if __name__ == "__main__":
    main()
