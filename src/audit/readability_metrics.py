"""Readability formulas on our own sentence segmentation, with textstat 0.7.4's counting.

textstat is pinned to 0.7.4, the last release that counts syllables with pyphen alone
(offline, no NLTK download, no GPL dependency). Its sentence counter is naive and its
import costs ~120 ms (pkg_resources), so its word, syllable and difficult-word counters
are mirrored here (same pyphen dictionary, same easy-word list, tested for equality)
and the formulas use the document model's sentences.
"""

from __future__ import annotations

import importlib.util
import math
import re
from functools import cache
from itertools import chain
from operator import itemgetter
from pathlib import Path

WORDS_PER_MINUTE = 238  # average silent reading speed of adults (Brysbaert 2019)
MAX_WORDS_PER_SENTENCE = 80  # beyond this the "sentences" are unpunctuated text


_PUNCT = re.compile(r"[^\w\s]")
# Punctuation that is neither a word character nor part of a difficult-word token (those
# keep ' ‘ ’ and =): stripped from a chunk's ends, it changes none of textstat's counts.
_MARKS = '"“”(),.:;!?[]{}…—–-%$£€/*&#@+<>|~^`'
_DIFFICULT_TOKENS = re.compile(r"[\w\='‘’]+")
_DOUBLE_DIGIT = re.compile(r"[0-9]{2}")


@cache
def easy_words() -> frozenset[str]:
    """textstat's Dale–Chall easy-word list, read from its package data without importing it."""
    spec = importlib.util.find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "en" / "easy_words.txt"
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines())


@cache
def _patterns() -> tuple[dict, int]:
    """pyphen's en_US patterns as a trie: char -> [children, points of the pattern ending here].

    Points are the non-zero values only, as (position from the pattern's start, value).
    """
    patterns = _read_patterns()
    trie: dict = {}
    for key, points in patterns.items():
        node = trie
        for ch in key:
            entry = node.get(ch)
            if entry is None:
                entry = node[ch] = [{}, ()]
            last, node = entry, entry[0]
        last[1] = points
    return trie, max(map(len, patterns))


def _read_patterns() -> dict[str, tuple[tuple[int, int], ...]]:
    """The patterns of pyphen's en_US dictionary file, read the way pyphen reads them.

    A digit before a letter is that position's value. pyphen's own loader costs more than
    the rest of a worker's warm-up; syntax this reader does not know (hex escapes,
    nonstandard hyphenation) falls back to it. A test checks both give the same patterns.
    """
    import pyphen

    path = Path(pyphen.LANGUAGES["en_US"])
    with path.open("rb") as stream:
        encoding = stream.readline().decode().strip()
    patterns: dict[str, tuple[tuple[int, int], ...]] = {}
    for line in path.read_text(encoding).split("\n")[1:]:
        pattern = line.strip()
        if not pattern or pattern.startswith(pyphen.ignored):
            continue
        if "^^" in pattern or "/" in pattern or _DOUBLE_DIGIT.search(pattern):
            return _pyphen_patterns()
        points, key = [], []
        for ch in pattern:
            if ch.isdigit():
                if ch != "0":
                    points.append((len(key), int(ch)))
            else:
                key.append(ch)
        if points:  # pyphen skips all-zero patterns
            patterns["".join(key)] = tuple(points)
    return patterns


def _pyphen_patterns() -> dict[str, tuple[tuple[int, int], ...]]:
    """The same patterns from pyphen's own loader."""
    import pyphen

    hd = pyphen.Pyphen(lang="en_US").hd
    return {
        key: tuple((offset + j, v) for j, v in enumerate(values) if v)
        for key, (offset, values) in hd.patterns.items()
    }


def _syllables(word: str) -> int:
    """Syllables of one lowercase, punctuation-free word (pyphen, as textstat 0.7.4).

    pyphen's own algorithm (hyphenation points = odd pattern values, none within two
    letters of either end), walking the patterns as a trie: a piece that starts no pattern
    ends the scan from that letter. A test checks the counts equal pyphen's.
    """
    trie, maxlen = _patterns()
    pointed = f".{word}."
    size = len(pointed)
    values = [0] * (size + 1)
    for i in range(size - 1):
        node = trie
        for ch in pointed[i : i + maxlen]:
            entry = node.get(ch)
            if entry is None:
                break  # no pattern starts with this piece: none starts with a longer one
            node, points = entry
            if points:
                for k, v in points:
                    k += i
                    if v > values[k]:
                        values[k] = v
    # Odd values mark hyphenation points; pyphen keeps those at least two letters from
    # either end (positions 2..len-2, i.e. values[3 : len(word)]).
    return sum(v & 1 for v in values[3 : len(word)]) + 1


class _SyllableCache(dict):
    """word -> syllables, computed on first lookup (so bulk lookups run at C speed)."""

    def __missing__(self, word: str) -> int:
        if len(self) > 200_000:
            self.clear()
        count = self[word] = _syllables(word)
        return count


_SYLLABLES = _SyllableCache()
_LOOKUP = _SYLLABLES.__getitem__


def word_syllables(word: str) -> int:
    """Syllables of one lowercase, punctuation-free word (pyphen, as textstat 0.7.4)."""
    return _LOOKUP(word)


def syllables_of(words: list[str]) -> list[int]:
    """``word_syllables`` of each word (lowercase, punctuation-free)."""
    return list(map(_LOOKUP, words))


# A chunk's four counts packed into one integer (each field 40 bits wide), so that a text's
# totals are one C-level sum over its chunks; the fields cannot overflow below 2**40 chunks.
_FIELD = 40
_MASK = (1 << _FIELD) - 1
_WORDS, _SYLLABLES_AT, _POLY, _LETTERS = 0, _FIELD, 2 * _FIELD, 3 * _FIELD
_PACKED = itemgetter(0)
_CANDIDATES = itemgetter(1)


class _ChunkCounts(dict):
    """Whitespace chunk -> (packed words, syllables, polysyllables and letters; difficult
    candidates).

    textstat's counters remove punctuation and split at whitespace, so every count is a sum
    over chunks; a chunk's share is computed once and looked up afterwards. The difficult
    candidates are its lowercase tokens whose punctuation-free form has two syllables or
    more (textstat's test), still to be checked against the easy-word list.
    """

    def __missing__(self, chunk: str) -> tuple[int, tuple[str, ...]]:
        if len(self) > 200_000:
            self.clear()
        low = chunk.lower()
        core = chunk.strip(_MARKS)
        if core and core.isalnum() and (core_low := core.lower()).isalnum():
            # Most chunks: a word with punctuation around it, one token once that is gone.
            clean = core
            syllables = _LOOKUP(core_low)
            candidates = [core_low] if syllables >= 2 else []
        else:
            clean = _PUNCT.sub("", chunk)
            bare = _PUNCT.sub("", low)  # textstat lowercases before removing punctuation
            syllables = _LOOKUP(bare) if bare else 0
            candidates = []
            for token in _DIFFICULT_TOKENS.findall(low):
                bare = token if token.isalnum() else _PUNCT.sub("", token)
                if bare and _LOOKUP(bare) >= 2:
                    candidates.append(token)
        packed = (
            (1 if clean else 0) << _WORDS
            | syllables << _SYLLABLES_AT
            | (1 if syllables >= 3 else 0) << _POLY
            | len(clean) << _LETTERS
        )
        info = self[chunk] = (packed, tuple(candidates))
        return info


_CHUNK_COUNTS = _ChunkCounts()


def syllable_count(text: str) -> int:
    """textstat 0.7.4 ``syllable_count``."""
    infos = map(_CHUNK_COUNTS.__getitem__, text.split())
    return sum(map(_PACKED, infos)) >> _SYLLABLES_AT & _MASK


def counts(text: str) -> dict[str, int]:
    """Words, syllables, polysyllables, difficult words and letters, as textstat 0.7.4 counts.

    textstat's own functions are slow to import (pkg_resources) and naive about sentences,
    so the counters are re-implemented here; a test checks they equal textstat's.
    """
    infos = list(map(_CHUNK_COUNTS.__getitem__, text.split()))
    total = sum(map(_PACKED, infos))
    # textstat counts distinct unfamiliar tokens, each once.
    difficult = set(chain.from_iterable(map(_CANDIDATES, infos))) - easy_words()
    return {
        "words": total >> _WORDS & _MASK,
        "syllables": total >> _SYLLABLES_AT & _MASK,
        "polysyllables": total >> _POLY & _MASK,
        "difficult": len(difficult),
        # Letters: what is neither whitespace nor punctuation, i.e. the characters of words.
        "letters": total >> _LETTERS & _MASK,
    }


def metrics(text: str, sentences: int) -> dict[str, float]:
    """Standard readability indices; empty when the text has no usable sentences."""
    if sentences < 1:
        return {}
    c = counts(text)
    w = c["words"]
    if w < 1 or w / sentences > MAX_WORDS_PER_SENTENCE:
        return {}
    wps = w / sentences
    spw = c["syllables"] / w
    difficult_pct = 100.0 * c["difficult"] / w
    complex_pct = 100.0 * c["polysyllables"] / w
    letters_100 = 100.0 * c["letters"] / w
    sentences_100 = 100.0 * sentences / w
    dale = 0.1579 * difficult_pct + 0.0496 * wps + (3.6365 if difficult_pct > 5 else 0.0)
    return {
        "flesch_reading_ease": 206.835 - 1.015 * wps - 84.6 * spw,
        "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
        "gunning_fog": 0.4 * (wps + complex_pct),
        "smog_index": 1.043 * math.sqrt(c["polysyllables"] * 30 / sentences) + 3.1291,
        "coleman_liau_index": 0.0588 * letters_100 - 0.296 * sentences_100 - 15.8,
        "automated_readability_index": 4.71 * (c["letters"] / w) + 0.5 * wps - 21.43,
        "dale_chall_readability_score": dale,
        "reading_time_minutes": w / WORDS_PER_MINUTE,
    }


def sentence_grade(text: str, words: int) -> float:
    """Flesch–Kincaid grade of a single sentence."""
    if words < 1:
        return 0.0
    syllables = syllable_count(text)
    return 0.39 * words + 11.8 * syllables / words - 15.59
