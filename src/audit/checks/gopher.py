"""Gopher repetition statistics (Rae et al. 2021), computed exactly as datatrove does.

Input text is normalised first: whitespace-only lines become empty lines, so that blank
lines never count as duplicates (datatrove would count ``" "`` lines; see the README).
"""

from __future__ import annotations

import re
from collections import Counter

PARAGRAPH_SPLIT = re.compile(r"\n{2,}")
LINE_SPLIT = re.compile(r"\n+")
BLANKISH = re.compile(r"^[ \t\r\f\v]+$", re.MULTILINE)

# Thresholds of the Gopher paper (Table A1); a document above any of them is repetitive.
THRESHOLDS = {
    "dup_line_frac": 0.30,
    "dup_para_frac": 0.30,
    "dup_line_char_frac": 0.20,
    "dup_para_char_frac": 0.20,
    "top_2_gram_char_frac": 0.20,
    "top_3_gram_char_frac": 0.18,
    "top_4_gram_char_frac": 0.16,
    "dup_5_gram_char_frac": 0.15,
    "dup_6_gram_char_frac": 0.14,
    "dup_7_gram_char_frac": 0.13,
    "dup_8_gram_char_frac": 0.12,
    "dup_9_gram_char_frac": 0.11,
    "dup_10_gram_char_frac": 0.10,
}
MIN_NGRAM_WORDS = 50


def normalise_blank_lines(text: str) -> str:
    """Turn whitespace-only lines into empty lines."""
    return BLANKISH.sub("", text)


def _find_duplicates(items: list[str]) -> tuple[int, int]:
    seen: set[str] = set()
    dup_items = dup_chars = 0
    for item in items:
        if item in seen:
            dup_items += 1
            dup_chars += len(item)
        else:
            seen.add(item)
    return dup_items, dup_chars


def _top_duplicate(words: list[str], n: int) -> int:
    """Characters of the most frequent n-gram (joined by spaces) times its count.

    Counting word tuples gives the same ranking and first-seen tie-break as counting the
    joined strings, since tokens hold no spaces.
    """
    gram, count = Counter(zip(*(words[i:] for i in range(n)), strict=False)).most_common(1)[0]
    return (sum(map(len, gram)) + n - 1) * count


def _all_duplicate(words: list[str], n: int) -> int:
    # Most texts repeat no n-gram at all: one set of joined grams settles that quickly.
    grams = list(map("".join, zip(*(words[i:] for i in range(n)), strict=False)))
    if len(set(grams)) == len(grams):
        return 0
    seen: set[str] = set()
    repeated = idx = 0
    while idx < len(grams):
        gram = grams[idx]
        if gram in seen:
            repeated += len(gram)
            idx += n
        else:
            seen.add(gram)
            idx += 1
    return repeated


def gopher_stats(text: str, words: list[str]) -> dict[str, float]:
    """Return the Gopher repetition statistics of ``text`` with its word list.

    ``words`` are spaCy blank-English token texts, stripped, empty ones dropped (as in
    datatrove). n-gram statistics are omitted below ``MIN_NGRAM_WORDS`` words.
    """
    stats: dict[str, float] = {}
    if not text:
        return stats
    size = len(text)
    paragraphs = PARAGRAPH_SPLIT.split(text.strip())
    n, chars = _find_duplicates(paragraphs)
    stats["dup_para_frac"] = n / len(paragraphs)
    stats["dup_para_char_frac"] = chars / size
    lines = LINE_SPLIT.split(text)
    n, chars = _find_duplicates(lines)
    stats["dup_line_frac"] = n / len(lines)
    stats["dup_line_char_frac"] = chars / size
    if len(words) >= MIN_NGRAM_WORDS:
        for n in (2, 3, 4):
            if len(words) >= n:
                stats[f"top_{n}_gram_char_frac"] = _top_duplicate(words, n) / size
        for n in range(5, 11):
            stats[f"dup_{n}_gram_char_frac"] = _all_duplicate(words, n) / size
    return stats


def exceeded(stats: dict[str, float]) -> list[str]:
    """Names of the statistics above their Gopher thresholds."""
    return [k for k, limit in THRESHOLDS.items() if stats.get(k, 0.0) > limit]
