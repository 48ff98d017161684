"""Readers that turn plain text, Markdown and HTML into a :class:`~audit.document.Document`."""

from __future__ import annotations

from ..document import Document
from ..errors import InputError

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".rst": "txt",
}


def format_for(path: str) -> str:
    """Return the input format for a file name (plain text when unknown)."""
    lower = path.lower()
    for suffix, fmt in FORMATS.items():
        if lower.endswith(suffix):
            return fmt
    return "txt"


def parse(text: str, *, path: str = "<text>", fmt: str | None = None) -> Document:
    """Parse decoded ``text`` into a Document according to ``fmt`` or the path's suffix."""
    fmt = fmt or format_for(path)
    if fmt == "md":
        from .markdown import parse_markdown

        blocks, directives = parse_markdown(text)
    elif fmt == "html":
        from .html import parse_html

        blocks, directives = parse_html(text)
    elif fmt == "txt":
        from .plain import parse_plain

        blocks, directives = parse_plain(text)
    else:
        raise InputError(f"{path}: unknown input format {fmt!r}")
    return Document(text, blocks, path=path, fmt=fmt, directives=directives)
