"""Gopher repetition statistics (Rae et al. 2021), computed as datatrove does.

Input text is normalised first: whitespace-only lines become empty lines, so that blank
lines never count as duplicates (datatrove would count ``" "`` lines; see the README).
Duplicate n-grams compare as word sequences (datatrove joins them without spaces first;
the two differ only if two different tokenizations spell the same letters).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate, compress, count

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


def _ngrams(words: list[str], n: int) -> Iterator[tuple[str, ...]]:
    return zip(*[words[i:] for i in range(n)], strict=False)


def _top_duplicate(counts: Counter[tuple[str, ...]], n: int) -> int:
    """Characters of the most frequent n-gram (joined by spaces) times its count.

    Counting word tuples gives the same ranking and first-seen tie-break as counting the
    joined strings, since tokens hold no spaces.
    """
    gram, count = counts.most_common(1)[0]
    return (sum(map(len, gram)) + n - 1) * count


def _repeated_positions(grams: list[tuple[str, ...]], counts: Counter) -> list[int]:
    """Positions whose n-gram occurs more than once."""
    return list(compress(count(), map((1).__lt__, map(counts.__getitem__, grams))))


def _walk(words: list[str], n: int, lengths: list[int], candidates) -> tuple[int, list[int]]:
    """Characters covered by repeated n-grams, counted greedily left to right as datatrove.

    datatrove walks the n-grams, remembering each one it visits; a gram seen before counts
    and the walk jumps past it. A repeated n-gram's (n-1)-gram prefix repeats too, so only
    positions whose shorter gram repeats (``candidates``, ascending) need looking at; any
    other position holds a gram seen nowhere else, which can neither count nor matter.
    n-grams compare as word sequences; datatrove compares them joined without spaces,
    which differs only if two different tokenizations spell the same letters.
    ``lengths`` holds the cumulative word lengths (a joined n-gram's size without joining).
    Returns the characters and the candidates whose n-gram repeats (for n + 1).
    """
    last = len(words) - n
    grams = {p: tuple(words[p : p + n]) for p in candidates if p <= last}
    first: dict[tuple[str, ...], int] = {}
    repeats: Counter[tuple[str, ...]] = Counter(grams.values())
    repeated = resume = 0
    skipped: set[int] = set()
    # Whether a gram has been visited yet: its first copy was, unless a jump passed over it
    # (jumps only cover positions after the hit that caused them, so that is final).
    seen: dict[tuple[str, ...], bool] = {}
    for pos, gram in grams.items():
        if repeats[gram] < 2:
            continue
        if gram not in first:
            first[gram] = pos
            continue
        known = seen.get(gram)
        if known is None:
            known = first[gram] not in skipped
        if pos < resume:
            seen[gram] = known  # jumped over: not visited
            continue
        seen[gram] = True
        if known:
            repeated += lengths[pos + n] - lengths[pos]
            skipped.update(range(pos + 1, pos + n))
            resume = pos + n
    return repeated, [p for p, g in grams.items() if repeats[g] > 1]


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
        grams = list(_ngrams(words, 2))
        counts = Counter(grams)
        stats["top_2_gram_char_frac"] = _top_duplicate(counts, 2) / size
        candidates = _repeated_positions(grams, counts)
        for n in (3, 4):
            # A repeated n-gram starts where its (n-1)-gram repeats: count only there. With
            # no repeat at all, the most common n-gram is the first one, once.
            candidates = [p for p in candidates if p + n <= len(words)]
            grams = [tuple(words[p : p + n]) for p in candidates]
            counts = Counter(grams)
            if not counts or counts.most_common(1)[0][1] < 2:
                counts = Counter([tuple(words[:n])])
            stats[f"top_{n}_gram_char_frac"] = _top_duplicate(counts, n) / size
            candidates = [p for p, g in zip(candidates, grams, strict=True) if counts[g] > 1]
        lengths = list(accumulate(map(len, words), initial=0))  # candidates: 4-gram repeats
        for n in range(5, 11):
            found, candidates = _walk(words, n, lengths, candidates)
            stats[f"dup_{n}_gram_char_frac"] = found / size
    return stats


def exceeded(stats: dict[str, float]) -> list[str]:
    """Names of the statistics above their Gopher thresholds."""
    return [k for k, limit in THRESHOLDS.items() if stats.get(k, 0.0) > limit]
