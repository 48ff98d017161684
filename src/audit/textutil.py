"""Small text helpers shared by checks: normalisation, content words, stemming."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
# Straight or curly double quotes: a sentence holding one quotes somebody.
QUOTE_MARK = re.compile(r"[\"“”]")
_NON_WORD = re.compile(r"[^\w\s']+")
# The same for ASCII text as a translation table (several times faster than the regex):
# punctuation becomes a space, the apostrophe goes.
_ASCII_NON_WORD = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c in "_'" or c.isspace())}
    | {"'": None}
)

# Function words that carry no topic; a compact English list (our own).
STOP = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "may",
        "might",
        "must",
        "shall",
        "'s",
        "s",
        "t",
        "don't",
        "can't",
        "won't",
        "isn't",
        "it's",
        "that's",
        "also",
        "however",
        "while",
        "one",
        "two",
        "would'nt",
        "said",
        "says",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lowercase, unify quotes, drop punctuation and collapse whitespace.

    Cached: the repetition checks key the same sentences and blocks several times.
    """
    if text.isascii():  # NFKC and the quote table leave ASCII unchanged
        return " ".join(text.lower().translate(_ASCII_NON_WORD).split())
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(_NON_WORD.sub(" ", text.lower()).replace("'", "").split())


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A light suffix stripper so that 'visits', 'visited' and 'visiting' meet."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, min_len in (("ations", 6), ("ation", 6), ("ings", 5), ("ing", 5), ("edly", 6),
                            ("ies", 5), ("ied", 5), ("ed", 5), ("ly", 5), ("es", 5), ("s", 4)):  # fmt: skip
        if w.endswith(suffix) and len(w) >= min_len + 1:
            w = w[: -len(suffix)]
            if suffix in ("ies", "ied"):
                w += "y"
            break
    return w


_CONTENT_KEYS: dict[str, str] = {}  # lowercase token -> its stem, or "" for a non-content word


def _content_key(low: str, is_stop: bool) -> str:
    low = low.replace("’", "'")
    if low in STOP or is_stop or len(low) < 2 and not low.isdigit():
        return ""
    return stem(low)


def content_words(tokens) -> list[str]:
    """Stemmed, lowercased content words of a token list (stop words and punctuation dropped)."""
    # A token's key depends only on its lowercase form (spaCy's stop flag is lowercase too).
    keys = _CONTENT_KEYS
    if len(keys) > 200_000:
        keys.clear()
    words = [t for t in tokens if t.is_word]
    lowers = [t.lower for t in words]
    if not all(map(keys.__contains__, lowers)):
        for t in words:
            if t.lower not in keys:
                keys[t.lower] = _content_key(t.lower, t.is_stop)
    return [k for k in map(keys.__getitem__, lowers) if k]


def block_content(doc, block) -> frozenset[str]:
    """The distinct content words of one block (from ``sentence_content``)."""
    content = sentence_content(doc)
    return frozenset(w for s in block.sentences for w in content[s.index])


def sentence_content(doc) -> list[list[str]]:
    """``content_words`` of every sentence of ``doc``, computed once per document."""
    cached = doc.model_doc_cache.get("content_words")
    if cached is None:
        cached = doc.model_doc_cache["content_words"] = [
            content_words(s.tokens) for s in doc.sentences
        ]
    return cached
