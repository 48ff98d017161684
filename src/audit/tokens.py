"""Fast tokens and sentences for the blank English pipeline.

spaCy's tokenizer splits text at whitespace and tokenizes each non-space chunk on its own,
so a chunk's tokens never depend on its neighbours. ``ChunkTokenizer`` asks spaCy once per
distinct chunk and reuses the answer, and splits sentences with the rule of spaCy's
``Sentencizer`` (a sentence ends after a run of sentence-final punctuation). The result
equals ``spacy.blank("en")`` + ``sentencizer`` token for token; a test checks it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .document import Sentence, Token

if TYPE_CHECKING:
    from .document import Document

# (offset in chunk, text, lower, is_word, is_stop, is_punct) per token of a chunk
ChunkTokens = tuple[tuple[int, str, str, bool, bool, bool], ...]

CHUNK = re.compile(r"\S+")
CACHE_LIMIT = 100_000  # distinct chunks kept per process (~30 MB at most)


class ChunkTokenizer:
    """spaCy's blank-English tokenization and sentencizer, memoised per chunk."""

    _shared: ChunkTokenizer | None = None

    def __init__(self) -> None:
        from .nlp import get_pipeline

        nlp = get_pipeline(None)
        self._tokenizer = nlp.tokenizer
        self.sentence_final = frozenset(nlp.get_pipe("sentencizer").punct_chars)
        self._cache: dict[str, ChunkTokens] = {}

    @classmethod
    def shared(cls) -> ChunkTokenizer:
        """The process-wide instance (the spaCy pipeline is loaded on first use)."""
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def _learn(self, text: str) -> None:
        """Tokenize ``text`` with spaCy and remember the tokens of each of its chunks."""
        from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, IS_STOP, LENGTH

        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        rows = self._tokenizer(text).to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT, IS_STOP])
        by_start: dict[int, list] = {}
        chunks = [(m.start(), m.end()) for m in CHUNK.finditer(text)]
        k = 0
        for idx, length, space, punct, stop in rows.tolist():
            if space:
                continue
            while chunks[k][1] <= idx:
                k += 1
            start = chunks[k][0]
            tok = text[idx : idx + length]
            word = not punct and (tok.isalpha() or any(ch.isalnum() for ch in tok))
            by_start.setdefault(start, []).append(
                (idx - start, tok, tok.lower(), word, bool(stop), bool(punct))
            )
        for start, end in chunks:
            self._cache[text[start:end]] = tuple(by_start.get(start, ()))

    def token_texts(self, text: str) -> list[str]:
        """The non-space token texts of ``text``, as ``spacy.blank("en")`` splits it."""
        cache = self._cache
        chunks = text.split()
        if any(c not in cache for c in chunks):
            self._learn(text)
        return [tok[1] for c in chunks for tok in cache[c]]

    def analyse(self, document: Document) -> None:
        """Fill ``block.sentences`` and ``document.sentences``."""
        cache = self._cache
        final = self.sentence_final
        sentences: list[Sentence] = []
        for block in document.blocks:
            text = block.text
            chunks = [(m.start(), m.group()) for m in CHUNK.finditer(text)]
            if any(c not in cache for _, c in chunks):
                self._learn(text)
            block.sentences = []
            current: list[Token] = []
            seen_final = False
            previous_end = 0
            for start, chunk in chunks:
                # spaCy makes a whitespace token of any gap but one plain space (and of
                # leading whitespace); it is not punctuation, so it opens a new sentence.
                gap = text[previous_end:start]
                if gap and (gap != " " or not previous_end):
                    if seen_final:
                        self._close(block, current, sentences)
                        current = []
                        seen_final = False
                previous_end = start + len(chunk)
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
            self._close(block, current, sentences)
        document.sentences = sentences

    @staticmethod
    def _close(block, tokens: list[Token], sentences: list[Sentence]) -> None:
        if tokens:
            sent = Sentence(block, len(sentences), tokens[0].start, tokens[-1].end, tokens)
            block.sentences.append(sent)
            sentences.append(sent)
