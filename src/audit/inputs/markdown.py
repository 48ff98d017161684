"""Markdown reader (CommonMark through markdown-it-py).

Headings, paragraphs, list items and block quotes become blocks. Code (fenced,
indented, inline), front matter, HTML and comments are never checked.
"""

from __future__ import annotations

import re

from ..document import Block, Directive
from .builder import BlockBuilder, parse_directive

# Inline syntax that is removed or unwrapped, in priority order.
_INLINE = re.compile(
    r"(?P<code>(?P<ticks>`+).+?(?P=ticks))"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<image>!\[[^\]]*\]\([^)]*\))"
    r"|(?P<link>\[(?P<ltext>[^\]]*)\]\((?P<url>[^)\s]*)(?:\s+[^)]*)?\))"
    r"|(?P<reflink>\[(?P<rtext>[^\]]+)\]\[[^\]]*\])"
    r"|(?P<autolink><(?P<aurl>(?:https?|ftp|mailto):[^>\s]+)>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<escape>\\(?P<esc>[!-/:-@\[-`{-~]))"
    r"|(?P<emph>(?<![\w*_])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*_]))"
)
CODE_PLACEHOLDER = "\u2063"
_QUOTE_PREFIX = re.compile(r"^[ \t]{0,3}>[ \t]?")
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?")
_ATX = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-+)[ \t]*$")
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


def _md():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    return MarkdownIt("commonmark").use(front_matter_plugin)


def _add_inline(builder: BlockBuilder, line: str, source: int) -> None:
    """Add one line's visible text, stripping inline syntax but keeping offsets."""
    pos = 0
    for m in _INLINE.finditer(line):
        builder.add(line[pos : m.start()], source + pos)
        kind = m.lastgroup
        if m.group("link") is not None:
            builder.add(m.group("ltext"), source + m.start("ltext"))
            builder.links.append(m.group("url"))
        elif m.group("reflink") is not None:
            builder.add(m.group("rtext"), source + m.start("rtext"))
            builder.links.append(m.group("rtext"))
        elif m.group("autolink") is not None:
            builder.add(m.group("aurl"), source + m.start("aurl"))
            builder.links.append(m.group("aurl"))
        elif m.group("escape") is not None:
            builder.add(m.group("esc"), source + m.start("esc"))
        elif m.group("code") is not None:
            # An invisible separator (U+2063) keeps the words on either side apart without
            # making them neighbours: "the `the` the" is not a doubled word.
            builder.add(CODE_PLACEHOLDER, source + m.start())
        elif kind is not None:
            pass
        pos = m.end()
    builder.add(line[pos:], source + pos)


def parse_markdown(text: str) -> tuple[list[Block], list[Directive]]:
    """Parse Markdown ``text`` into blocks and suppression directives."""
    tokens = _md().parse(text)
    lines = text.split("\n")
    line_offsets = [0]
    for line in lines:
        line_offsets.append(line_offsets[-1] + len(line) + 1)
    blocks: list[Block] = []
    directives: list[Directive] = []
    containers: list[str] = []
    pending: tuple[str, int | None, str] | None = None
    paragraph = 0

    def scan_comments(start_line: int, end_line: int) -> None:
        chunk_start = line_offsets[start_line]
        chunk = text[chunk_start : line_offsets[min(end_line, len(lines))]]
        for m in _COMMENT.finditer(chunk):
            offset = chunk_start + m.start()
            lineno = text.count("\n", 0, offset) + 1
            d = parse_directive(m.group(1), lineno, offset)
            if d:
                directives.append(d)

    for tok in tokens:
        t = tok.type
        if t in ("blockquote_open", "list_item_open"):
            containers.append(t)
        elif t in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif t == "heading_open":
            level = int(tok.tag[1])
            style = "setext" if tok.markup in ("=", "-") else "atx"
            pending = ("heading", level, style)
        elif t == "paragraph_open":
            if "list_item_open" in containers:
                kind = "list"
            elif "blockquote_open" in containers:
                kind = "blockquote"
            else:
                kind = "paragraph"
            pending = (kind, None, "")
        elif t == "html_block" and tok.map:
            scan_comments(tok.map[0], tok.map[1])
        elif t == "inline" and pending and tok.map:
            kind, level, style = pending
            pending = None
            start, end = tok.map
            builder = BlockBuilder()
            for i in range(start, end):
                line = lines[i]
                base = line_offsets[i]
                cut = 0
                if kind == "heading" and style == "setext" and _SETEXT.match(line) and i > start:
                    continue
                # Strip container prefixes (quote markers, list markers) from the line.
                for _ in range(containers.count("blockquote_open")):
                    m = _QUOTE_PREFIX.match(line, cut)
                    if m:
                        cut = m.end()
                if "list_item_open" in containers:
                    m = _LIST_MARKER.match(line[cut:]) if i == start else None
                    cut += m.end() if m else len(line[cut:]) - len(line[cut:].lstrip())
                if kind == "heading" and style == "atx":
                    m = _ATX.match(line[cut:])
                    if m:
                        cut += m.end()
                    line = _ATX_CLOSE.sub("", line)
                body = line[cut:].rstrip("\r")
                stripped = body.lstrip()
                lead = len(body) - len(stripped)
                if i > start:
                    builder.add("\n", base - 1)
                _add_inline(builder, stripped.rstrip(), base + cut + lead)
                for m in _COMMENT.finditer(stripped):
                    d = parse_directive(m.group(1), i + 1, base + cut + lead + m.start())
                    if d:
                        directives.append(d)
            block = builder.build(kind, paragraph, level=level, style=style)
            paragraph += 1
            if block is not None:
                blocks.append(block)
    directives.sort(key=lambda d: d.offset)
    return blocks, directives
