"""HTML reader: the visible text of the body, one block per block-level element.

``script``, ``style``, ``nav``, ``code``, ``pre`` (and other non-text elements) are skipped.
"""

from __future__ import annotations

import html as html_lib
from html.parser import HTMLParser

from ..document import Block, Directive
from .builder import BlockBuilder, parse_directive

SKIP = {"script", "style", "nav", "code", "pre", "noscript", "template", "head", "svg", "iframe",
        "math", "select", "textarea", "object"}  # fmt: skip
BLOCK_TAGS = {
    "p": "paragraph", "div": "paragraph", "section": "paragraph", "article": "paragraph",
    "main": "paragraph", "header": "paragraph", "footer": "paragraph", "aside": "paragraph",
    "figcaption": "paragraph", "td": "paragraph", "th": "paragraph", "dd": "paragraph",
    "dt": "paragraph", "body": "paragraph", "html": "paragraph", "table": "paragraph",
    "tr": "paragraph", "ul": "paragraph", "ol": "paragraph", "figure": "paragraph",
    "li": "list", "blockquote": "blockquote",
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "title": "heading",
}  # fmt: skip
VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
        "track", "wbr", "param"}  # fmt: skip


class _Reader(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.blocks: list[Block] = []
        self.directives: list[Directive] = []
        self.skip_depth = 0
        self.stack: list[str] = []
        self.builder = BlockBuilder()
        self.kind = "paragraph"
        self.level: int | None = None
        self.paragraph = 0

    def _abs(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def flush(self) -> None:
        block = self.builder.build(self.kind, self.paragraph, level=self.level, style="html")
        if block is not None:
            self.blocks.append(block)
            self.paragraph += 1
        self.builder = BlockBuilder()
        self.kind, self.level = self.current_kind()

    def current_kind(self) -> tuple[str, int | None]:
        for tag in reversed(self.stack):
            kind = BLOCK_TAGS.get(tag)
            if kind == "heading":
                return kind, int(tag[1]) if tag[1:].isdigit() else 1
            if kind in ("list", "blockquote"):
                return kind, None
        return "paragraph", None

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag in ("br", "hr") and not self.skip_depth:
                self.builder.add("\n", self._abs())
            return
        if tag in SKIP:
            self.skip_depth += 1
        # Deeply nested documents must not grow the stack without bound.
        if len(self.stack) < 2000:
            self.stack.append(tag)
        if self.skip_depth:
            return
        if tag in BLOCK_TAGS:
            self.flush()
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.builder.links.append(href)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag in self.stack:
            while self.stack:
                popped = self.stack.pop()
                if popped in SKIP:
                    self.skip_depth = max(0, self.skip_depth - 1)
                if popped == tag:
                    break
        if not self.skip_depth and tag in BLOCK_TAGS:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr") and not self.skip_depth:
            self.builder.add("\n", self._abs())

    def handle_data(self, data):
        if not self.skip_depth:
            self.builder.add(data, self._abs())

    def _ref(self, raw: str) -> None:
        if self.skip_depth:
            return
        value = html_lib.unescape(raw)
        # A character reference becomes one character mapped to the '&' of the reference.
        self.builder.add(value, self._abs())

    def handle_entityref(self, name):
        self._ref(f"&{name};")

    def handle_charref(self, name):
        self._ref(f"&#{name};")

    def handle_comment(self, data):
        line, _ = self.getpos()
        d = parse_directive(data, line, self._abs())
        if d:
            self.directives.append(d)


def parse_html(text: str) -> tuple[list[Block], list[Directive]]:
    """Parse HTML ``text`` into blocks of visible body text."""
    reader = _Reader(text)
    reader.feed(text)
    reader.close()
    reader.flush()
    return reader.blocks, reader.directives
