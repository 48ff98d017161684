"""Fast tokens and sentences for the blank English pipeline.

spaCy's tokenizer splits text at whitespace and tokenizes each non-space chunk on its own.
``ChunkTokenizer`` asks spaCy once per distinct chunk (plain words, and marks around one
word or number, are split without asking; see ``_shortcut``) and reuses the answer, and
splits sentences with the rule of spaCy's ``Sentencizer`` (a sentence ends after a run of
sentence-final punctuation). The result equals ``spacy.blank("en")`` + ``sentencizer``
token for token (tests compare them on the BBC corpus and generated text), with one
deliberate exception: spaCy's special-case matcher can pair punctuation across a space
(``a) :)@x`` gives ``)`` ``:`` ``)``), which makes a chunk's tokens depend on its
neighbour; here each chunk is always tokenized on its own (``:)``).
"""

from __future__ import annotations

import re
from itertools import accumulate, chain, compress, count
from operator import add
from typing import TYPE_CHECKING

from .document import Sentence, Token

if TYPE_CHECKING:
    from .document import Document

# (offset in chunk, text, lower, is_word, is_stop, is_punct) per token of a chunk
ChunkTokens = tuple[tuple[int, str, str, bool, bool, bool], ...]

CHUNK = re.compile(r"\S+")
# Marks, a core, marks. The core is a word; a number, perhaps with letters ("£600m",
# "$1.2bn": spaCy splits off units such as "m" but not "bn"); or hyphenated pieces
# ("year-old", "40-year-old") that spaCy's infix rule splits at every hyphen (pieces of two
# letters or more, so the prefix and suffix rules see letters next to the marks).
SHAPE = re.compile(
    r"([\"“(\[‘'$£€]{0,2})"
    r"((?:[A-Za-z]{2,}|[0-9]+)(?:-[A-Za-z]{2,})+|[A-Za-z]+|[0-9]+(?:[.,][0-9]+)*[A-Za-z]*)"
    r"((?:['’][sS])?[,;:!?)\"”’'\].%]{0,3})"
)
HYPHEN_TOKEN = (0, "-", "-", False, False, True)
RUN = re.compile(r"[A-Za-z]+|[0-9]+")
NUMBER_PART = re.compile(r"[0-9.,]+")


def _unit_split(core: str) -> int | None:
    """Where a number's letters start ("600m" -> 3), or None for other cores."""
    if core[0].isdigit() and core[-1].isalpha() and "-" not in core:
        return NUMBER_PART.match(core).end()
    return None


DIGITS = re.compile(r"[0-9]+")
CACHE_LIMIT = 100_000  # distinct chunks kept per process (~30 MB at most)


def _chunks(text: str) -> list[tuple[int, str]]:
    """The whitespace-delimited chunks of ``text`` with their offsets."""
    words = text.split()
    if not words:
        return []
    if " ".join(words) == text:
        # Single spaces only (most paragraphs): a chunk starts after the earlier chunks'
        # lengths plus one space each.
        offsets = map(add, accumulate(map(len, words), initial=0), count())
        return list(zip(offsets, words, strict=False))  # offsets has one item more
    return [(m.start(), m.group()) for m in CHUNK.finditer(text)]


class ChunkTokenizer:
    """spaCy's blank-English tokenization and sentencizer, memoised per chunk."""

    _shared: ChunkTokenizer | None = None

    def __init__(self) -> None:
        from .nlp import get_pipeline

        nlp = get_pipeline(None)
        self._tokenizer = nlp.tokenizer
        self.sentence_final = frozenset(nlp.get_pipe("sentencizer").punct_chars)
        self._cache: dict[str, ChunkTokens] = {}
        self._final_chunks: set[str] = set()  # chunks holding a sentence-final token
        self._texts: dict[str, tuple[str, ...]] = {}  # chunk -> its token texts
        # Common chunk shapes skip spaCy (and its vocabulary growth); see _shortcut.
        self._exceptions = frozenset(nlp.tokenizer.rules)
        # Exceptions holding punctuation ("'re", "Mr.") are also matched across tokens
        # ("'" + "re"), so a compound with one of their letter runs as a piece has no shape.
        self._exception_runs = frozenset(
            run for rule in self._exceptions if not rule.isalnum() for run in RUN.findall(rule)
        )
        self._stop_words = frozenset(nlp.Defaults.stop_words)
        self._layouts: dict[tuple, tuple] = {}

    @classmethod
    def shared(cls) -> ChunkTokenizer:
        """The process-wide instance (the spaCy pipeline is loaded on first use)."""
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def _ensure(self, chunks: list[str]) -> None:
        """Make sure every chunk's tokens are known."""
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
            self._final_chunks.clear()
            self._texts.clear()
        missing = set(chunks).difference(self._cache)
        if missing:
            self._learn(sorted(missing))

    def _word(self, text: str, offset: int = 0) -> tuple[int, str, str, bool, bool, bool]:
        low = text.lower()
        return (offset, text, low, True, low in self._stop_words, False)

    def _core(
        self, core: str, offset: int, unit: bool = False
    ) -> list[tuple[int, str, str, bool, bool, bool]]:
        """The tokens of a shape's core: one word; a number and its unit (``unit``); or
        hyphenated pieces and their hyphens."""
        if unit:
            cut = _unit_split(core)
            return [self._word(core[:cut], offset), self._word(core[cut:], offset + cut)]
        if "-" not in core:
            return [self._word(core, offset)]
        out = []
        for piece in core.split("-"):
            if out:
                out.append((offset, *HYPHEN_TOKEN[1:]))
                offset += 1
            out.append(self._word(piece, offset))
            offset += len(piece)
        return out

    def _shortcut(self, chunk: str) -> ChunkTokens | None:
        """Tokens of the commonest chunk shapes without asking spaCy, or None.

        A word of letters only is one token; quotes, brackets and punctuation around one
        word, number or hyphenated compound ("said.", "(BBC)", "£2.5", "year-old,") split
        as spaCy split the first chunk of the same shape (``_from_layout``). Chunks that
        are tokenizer exceptions ("cannot", "Mr.", "goin'") always go to spaCy.
        """
        if chunk in self._exceptions:
            return None
        if chunk.isalpha():
            return (self._word(chunk),)
        return self._from_layout(chunk)

    def _shape(self, chunk: str) -> tuple[tuple, str, str, str] | None:
        """(key, prefix, core, suffix) for marks around one word, number or compound.

        spaCy splits such chunks by its prefix and suffix rules, which look at the marks
        and at most the core's first and last two characters; the key holds exactly that,
        so every chunk of one key splits the same way. Chunks whose pieces are tokenizer
        exceptions have no shape.
        """
        m = SHAPE.fullmatch(chunk)
        if m is None:
            return None
        pre, core, suf = m.groups()
        if "-" in core and not self._exception_runs.isdisjoint(core.split("-")):
            return None
        # Exceptions with marks are also matched across tokens, so no mark may join the
        # core, nor (for a number with letters, which may split) its number or letters.
        first = last = core
        cut = _unit_split(core)
        if cut is not None:
            first, last = core[:cut], core[cut:]
        exceptions = self._exceptions
        for i in range(len(pre) + 1):
            for j in range(len(suf) + 1):
                if pre[i:] + core + suf[:j] in exceptions:
                    return None
                if cut is not None and (
                    pre[i:] + first in exceptions or last + suf[:j] in exceptions
                ):
                    return None
        tail = core[-2:]
        head = core.split("-", 1)[0]
        number = DIGITS.sub("9", head) if core[0].isdigit() else ""
        key = (pre, suf, number, core[0].isupper(), tail[-1].isupper(),
               len(tail) > 1 and tail.isupper(), core.isupper(), "-" in core)  # fmt: skip
        return key, pre, core, suf

    def _from_layout(self, chunk: str) -> ChunkTokens | None:
        """Tokens from the split spaCy made of an earlier chunk of the same shape."""
        shape = self._shape(chunk)
        if shape is None:
            return None
        key, pre, core, suf = shape
        layout = self._layouts.get(key)
        if layout is None:
            return None
        out = []
        for anchor, offset, part in layout:
            if part is None:
                out += self._core(core, len(pre), unit=offset == 1)
            else:
                out.append((offset + (0 if anchor == 0 else len(pre) + len(core)), *part))
        return tuple(out)

    def _remember_layout(self, chunk: str, tokens: ChunkTokens) -> None:
        """Record how spaCy split a shaped chunk, when it split the core as ``_core`` does."""
        shape = self._shape(chunk)
        if shape is None or shape[0] in self._layouts:
            return
        key, pre, core, suf = shape
        begin, end = len(pre), len(pre) + len(core)
        inner = [t for t in tokens if begin <= t[0] < end]
        if inner == self._core(core, begin):
            unit = 0
        elif _unit_split(core) is not None and inner == self._core(core, begin, True):
            unit = 1  # "600m": spaCy split the unit off
        else:
            return  # the core was split otherwise, or merged with a mark
        layout = []
        for offset, text, lower, word, stop, punct in tokens:
            if begin <= offset < end:
                if offset == begin:
                    layout.append((1, unit, None))
            elif offset + len(text) <= begin:
                layout.append((0, offset, (text, lower, word, stop, punct)))
            elif offset >= end:
                layout.append((2, offset - end, (text, lower, word, stop, punct)))
            else:
                return  # a mark token overlaps the core
        self._layouts[key] = tuple(layout)

    def _learn(self, chunks: list[str]) -> None:
        """Tokenize new (distinct) chunks with spaCy, in one call, and remember their tokens."""
        from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, IS_STOP, LENGTH

        new = []
        for chunk in chunks:
            quick = self._shortcut(chunk)
            if quick is None:
                new.append(chunk)
            else:
                self._store(chunk, quick)
        if not new:
            return
        # Chunks never share a token, so they can be tokenized as one text. A newline (not a
        # space) between them keeps spaCy's special-case matcher from pairing the end of one
        # chunk with the start of the next, which could block a match inside a chunk.
        text = "\n".join(new)
        rows = self._tokenizer(text).to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT, IS_STOP]).tolist()
        k = 0
        start, end = 0, len(new[0])
        found: list[tuple[int, str, str, bool, bool, bool]] = []
        for idx, length, space, punct, stop in rows:
            if space:
                continue
            while idx >= end:
                self._store(new[k], tuple(found))
                self._remember_layout(new[k], tuple(found))
                found = []
                k += 1
                start, end = end + 1, end + 1 + len(new[k])
            tok = text[idx : idx + length]
            word = not punct and (tok.isalpha() or any(ch.isalnum() for ch in tok))
            found.append((idx - start, tok, tok.lower(), word, bool(stop), bool(punct)))
        self._store(new[k], tuple(found))
        self._remember_layout(new[k], tuple(found))
        for chunk in new[k + 1 :]:
            self._store(chunk, ())

    def _store(self, chunk: str, tokens: ChunkTokens) -> None:
        self._cache[chunk] = tokens
        self._texts[chunk] = tuple(t[1] for t in tokens)
        if not self.sentence_final.isdisjoint(chunk):  # only then can a token be final
            for t in tokens:
                if t[1] in self.sentence_final:
                    self._final_chunks.add(chunk)
                    break

    def token_texts(self, text: str) -> list[str]:
        """The non-space token texts of ``text``, as ``spacy.blank("en")`` splits it."""
        chunks = text.split()
        try:  # usually every chunk is known: the document was analysed first
            return list(chain.from_iterable(map(self._texts.__getitem__, chunks)))
        except KeyError:
            self._ensure(chunks)
            return list(chain.from_iterable(map(self._texts.__getitem__, chunks)))

    def analyse(self, document: Document) -> None:
        """Fill ``block.sentences`` and ``document.sentences``."""
        cache = self._cache
        final = self.sentence_final
        final_chunks = self._final_chunks
        sentences: list[Sentence] = []
        # One pass over the whole document for unknown chunks: each spaCy call has a fixed
        # cost, so one per document beats one per block.
        per_block = [_chunks(block.text) for block in document.blocks]
        self._ensure([c for chunks in per_block for _, c in chunks])
        for block, chunks in zip(document.blocks, per_block, strict=True):
            text = block.text
            block.sentences = []
            current: list[Token] = []
            seen_final = False
            size = len(chunks)
            # Chunks holding a sentence-final mark; no boundary can fall before the next one.
            marks = list(compress(count(), map(final_chunks.__contains__, [c for _, c in chunks])))
            i = 0
            for mark in (*marks, size):
                if i < mark and not seen_final:
                    current += [
                        Token(tok, start + offset, start + offset + len(tok), word, stop, lower)
                        for start, chunk in chunks[i:mark]
                        for offset, tok, lower, word, stop, _punct in cache[chunk]
                    ]
                    i = mark
                # From a mark on, token by token until the sentence has been closed.
                while i < size and (i == mark or seen_final):
                    start, chunk = chunks[i]
                    if seen_final:
                        # spaCy makes a whitespace token of any gap but one plain space; it
                        # is not punctuation, so it opens a new sentence.
                        before, previous = chunks[i - 1]
                        if text[before + len(previous) : start] != " ":
                            self._close(block, current, sentences)
                            current = []
                            seen_final = False
                    for offset, tok, lower, word, stop, punct in cache[chunk]:
                        is_final = tok in final
                        if seen_final and not is_final and not punct:
                            self._close(block, current, sentences)
                            current = []
                            seen_final = False
                        elif is_final:
                            seen_final = True
                        begin = start + offset
                        current.append(Token(tok, begin, begin + len(tok), word, stop, lower))
                    i += 1
            self._close(block, current, sentences)
        document.sentences = sentences
        document.blank_tokens = True

    @staticmethod
    def _close(block, tokens: list[Token], sentences: list[Sentence]) -> None:
        if tokens:
            sent = Sentence(block, len(sentences), tokens[0].start, tokens[-1].end, tokens)
            block.sentences.append(sent)
            sentences.append(sent)
