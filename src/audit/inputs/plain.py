"""Plain-text reader: blank lines separate paragraphs and every line is a block."""

from __future__ import annotations

import re

from ..document import Block, Directive
from .builder import BlockBuilder, parse_directive

_ATX = re.compile(r"^(#{1,6})[ \t]+")
_BULLET = re.compile(r"^(?:[-*•–]|\d{1,3}[.)])[ \t]+")
_DIRECTIVE_LINE = re.compile(r"^\s*(?:<!--|#|//)?\s*(audit\s*:.*?)\s*(?:-->)?\s*$", re.IGNORECASE)
_CLOSING = (".", ",", ";", ":", "”", '"', "’", "'", ")")
_SMALL_WORDS = {
    "a", "an", "the", "and", "or", "but", "nor", "for", "of", "on", "in", "at", "to", "by",
    "with", "from", "as", "vs", "is", "are", "be", "its", "it", "into", "over", "than", "up",
}  # fmt: skip


def is_title_like(line: str) -> bool:
    """Return True for a short title-shaped line without closing punctuation.

    Title shape: at most 20 words, at most one comma, no sentence break inside, no
    closing period, and most non-small words capitalised.
    """
    stripped = line.strip()
    words = stripped.split()
    if not words or len(words) > 20 or len(stripped) > 160:
        return False
    if stripped.endswith(_CLOSING) or stripped.count(",") > 1:
        return False
    if stripped.startswith(("—", "–", "-")) or "(@" in stripped:
        return False  # a signature or embed line, not a heading
    if re.search(r"[.!?]\s+[A-Z]", stripped):
        return False
    content = [w for w in words if w.lower().strip("’'\"“”") not in _SMALL_WORDS]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit() or not w[0].isalpha())
    return caps / len(content) >= 0.6


def _continues(lines: list[str], lineno: int) -> bool:
    """Whether the next line continues this one (hard-wrapped prose starts it in lowercase)."""
    if lineno >= len(lines):
        return False
    nxt = lines[lineno].strip()
    return bool(nxt) and nxt[0].islower()


def _first_line_title(line: str) -> bool:
    """The first line of a plain-text article is its title when it is short and unpunctuated."""
    stripped = line.strip()
    return len(stripped.split()) <= 20 and not stripped.endswith((".", ",", ";", ":"))


def parse_plain(text: str) -> tuple[list[Block], list[Directive]]:
    """Split plain text into line blocks; classify headings, list items and paragraphs."""
    blocks: list[Block] = []
    directives: list[Directive] = []
    paragraph = 0
    offset = 0
    prev_blank = True
    raw_lines = text.split("\n")
    for lineno, raw in enumerate(raw_lines, start=1):
        line_start = offset
        offset += len(raw) + 1
        line = raw.rstrip("\r")
        if not line.strip():
            if not prev_blank:
                paragraph += 1
            prev_blank = True
            continue
        prev_blank = False
        m = _DIRECTIVE_LINE.match(line)
        if m:
            directive = parse_directive(m.group(1), lineno, line_start)
            if directive:
                directives.append(directive)
                continue
        builder = BlockBuilder()
        kind, level, style = "paragraph", None, ""
        body_start = 0
        atx = _ATX.match(line)
        bullet = _BULLET.match(line)
        if atx:
            kind, level, style = "heading", len(atx.group(1)), "atx"
            body_start = atx.end()
        elif bullet:
            kind = "list"
            body_start = bullet.end()
        elif (is_title_like(line) or (not blocks and _first_line_title(line))) and not _continues(
            raw_lines, lineno
        ):
            kind, style = "heading", "plain"
        body = line[body_start:]
        if atx:
            body = re.sub(r"[ \t]+#+[ \t]*$", "", body)
        builder.add(body, line_start + body_start)
        block = builder.build(kind, paragraph, level=level, style=style)
        if block is not None:
            blocks.append(block)
    return blocks, directives
