"""Assemble block text from pieces of the original file while keeping an offset map."""

from __future__ import annotations

import re

from ..document import Block, Directive

_DIRECTIVE = re.compile(
    r"audit\s*:\s*(ignore|disable-file|disable|enable)\b\s*([A-Za-z0-9_,\s-]*)", re.IGNORECASE
)


class BlockBuilder:
    """Collects (text, source offset) pieces and emits a trimmed, mapped Block."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, int]] = []
        self.links: list[str] = []

    def add(self, text: str, source: int) -> None:
        """Append ``text`` that starts at original offset ``source``."""
        if text:
            self.parts.append((text, source))

    def empty(self) -> bool:
        """Whether no visible text was collected."""
        return not any(p[0].strip() for p in self.parts)

    def build(self, kind: str, paragraph: int, **extra) -> Block | None:
        """Return the block with surrounding whitespace trimmed, or None if blank."""
        if self.empty():
            return None
        text_starts: list[int] = []
        source_starts: list[int] = []
        chunks: list[str] = []
        pos = 0
        for text, source in self.parts:
            text_starts.append(pos)
            source_starts.append(source)
            chunks.append(text)
            pos += len(text)
        full = "".join(chunks)
        lead = len(full) - len(full.lstrip())
        trimmed = full.strip()
        # Shift the map so that index 0 is the first visible character.
        new_text: list[int] = []
        new_source: list[int] = []
        for ts, ss, (text, _) in zip(text_starts, source_starts, self.parts, strict=True):
            end = ts + len(text)
            if end <= lead:
                continue
            if ts < lead:
                ss += lead - ts
                ts = lead
            new_text.append(ts - lead)
            new_source.append(ss)
        return Block(
            kind=kind,
            text=trimmed,
            text_starts=new_text,
            source_starts=new_source,
            paragraph=paragraph,
            links=list(self.links),
            **extra,
        )


def parse_directive(comment: str, line: int, offset: int) -> Directive | None:
    """Parse the body of a comment as an ``audit:`` suppression directive."""
    m = _DIRECTIVE.search(comment)
    if not m:
        return None
    codes = tuple(c.strip().upper() for c in re.split(r"[,\s]+", m.group(2)) if c.strip())
    return Directive(m.group(1).lower(), codes, line, offset)
