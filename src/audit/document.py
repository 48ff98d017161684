"""The article model: blocks, sentences and tokens, each mapped to original offsets."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter

BLOCK_KINDS = ("heading", "paragraph", "list", "blockquote")
NEWLINE = re.compile("\n")
IS_WORD = attrgetter("is_word")  # sum(map(IS_WORD, tokens)) counts words at C speed
IS_STOP = attrgetter("is_stop")


@dataclass(slots=True)
class Token:
    """A token of a sentence; ``start``/``end`` are offsets into the block text."""

    text: str
    start: int
    end: int
    is_word: bool
    is_stop: bool
    lower: str

    @property
    def is_punct(self) -> bool:
        """Whether the token holds no letter or digit."""
        return not self.is_word


@dataclass(slots=True)
class Sentence:
    """A sentence of one block."""

    block: Block
    index: int  # position in Document.sentences
    start: int  # offsets into block.text
    end: int
    tokens: list[Token]
    # Sliced once: checks read it often, and one string object keeps its hash cached for
    # the per-sentence caches keyed on it.
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text = self.block.text[self.start : self.end]

    @property
    def words(self) -> list[Token]:
        """Tokens that contain a letter or digit."""
        return [t for t in self.tokens if t.is_word]

    @property
    def line(self) -> int:
        """1-based line of the first character in the original file."""
        return self.block.document.line_col(self.block.source_offset(self.start))[0]

    @property
    def end_line(self) -> int:
        """1-based line of the last character in the original file."""
        return self.block.document.line_col(
            self.block.source_offset(max(self.start, self.end - 1))
        )[0]


@dataclass(slots=True)
class Block:
    """A heading, paragraph, list item or block quote.

    ``text`` is the visible text; ``text_starts``/``source_starts`` map runs of it back to
    offsets in the original file (each run is contiguous in both).
    """

    kind: str
    text: str
    text_starts: list[int]
    source_starts: list[int]
    paragraph: int  # blocks sharing a number form one paragraph (plain-text lines)
    level: int | None = None  # heading level, when known
    style: str = ""  # heading style: "atx", "setext", "plain", "html"
    links: list[str] = field(default_factory=list)
    index: int = 0
    document: Document | None = None
    sentences: list[Sentence] = field(default_factory=list)

    def source_offset(self, pos: int) -> int:
        """Map an offset in ``text`` to an offset in the original file."""
        i = bisect.bisect_right(self.text_starts, pos) - 1
        if i < 0:
            i = 0
        return self.source_starts[i] + (pos - self.text_starts[i])

    @property
    def line(self) -> int:
        """1-based first line."""
        return self.document.line_col(self.source_offset(0))[0]

    @property
    def end_line(self) -> int:
        """1-based last line."""
        return self.document.line_col(self.source_offset(max(0, len(self.text) - 1)))[0]

    @property
    def tokens(self) -> list[Token]:
        """All tokens of the block."""
        return [t for s in self.sentences for t in s.tokens]


@dataclass(slots=True)
class Directive:
    """A suppression comment (``<!-- audit: ... -->``) found in the source."""

    action: str  # ignore, disable, enable, disable-file
    codes: tuple[str, ...]
    line: int
    offset: int


class Document:
    """A parsed article: original text, blocks and lazily built sentences."""

    def __init__(
        self,
        text: str,
        blocks: list[Block],
        *,
        path: str = "<text>",
        fmt: str = "txt",
        directives: list[Directive] | None = None,
    ) -> None:
        self.text = text
        self.path = path
        self.format = fmt
        self.blocks = blocks
        self.directives = directives or []
        self._line_starts = [0] + [m.end() for m in NEWLINE.finditer(text)]
        for i, block in enumerate(blocks):
            block.index = i
            block.document = self
        self.sentences: list[Sentence] = []
        self.model_doc_cache: dict = {}
        self.blank_tokens = False  # True once tokenized like spacy.blank("en")

    def release(self) -> None:
        """Break the document's reference cycles so it is freed at once, without the GC.

        Blocks point to their document and sentences to their block; a batch of thousands
        of documents otherwise leaves all that for the cyclic collector.
        """
        for block in self.blocks:
            block.sentences = []
            block.document = None
        self.blocks = []
        self.sentences = []
        self.model_doc_cache = {}

    @property
    def line_count(self) -> int:
        """Number of lines in the original text."""
        return len(self._line_starts)

    def line_col(self, offset: int) -> tuple[int, int]:
        """Map an original offset to a 1-based (line, column)."""
        offset = max(0, min(offset, len(self.text)))
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def line_text(self, line: int) -> str:
        """The original text of a 1-based line, without its newline."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    def line_span(self, line: int, end_line: int) -> tuple[int, int]:
        """Original offsets covering whole lines ``line``..``end_line`` including the newline."""
        start = self._line_starts[line - 1]
        end = self._line_starts[end_line] if end_line < len(self._line_starts) else len(self.text)
        return start, end

    @cached_property
    def words(self) -> int:
        """Word count (tokens holding a letter or digit)."""
        return sum(sum(map(IS_WORD, s.tokens)) for s in self.sentences)

    @cached_property
    def title(self) -> Block | None:
        """The first block when it is a heading."""
        if self.blocks and self.blocks[0].kind == "heading":
            return self.blocks[0]
        return None
