"""Output formats. Each formatter streams: ``start()``, ``file(report)`` per file, ``finish()``."""

from __future__ import annotations

from typing import IO

from ..model import Report


class Formatter:
    """Base formatter writing to ``stream``."""

    def __init__(self, stream: IO[str], *, quiet: bool = False, color: bool | None = None) -> None:
        self.stream = stream
        self.quiet = quiet
        self.color = color

    def start(self) -> None:
        """Called once before the first file."""

    def file(self, report: Report) -> None:
        """Called once per audited file, in input order."""

    def finish(self, summary: dict) -> None:
        """Called once after the last file with the run summary."""


# --format name -> (module, class); only the one asked for is imported (the CI formats pull in
# xml.sax, which imports urllib and http.client: ~25 ms of start-up).
_FORMATTERS = {
    "html": ("html", "HtmlFormatter"),
    "text": ("text", "TextFormatter"),
    "concise": ("concise", "ConciseFormatter"),
    "json": ("json_format", "JsonFormatter"),
    "vale-line": ("ci", "ValeLineFormatter"),
    "json-lines": ("ci", "JsonLinesFormatter"),
    "github": ("ci", "GithubFormatter"),
    "sarif": ("ci", "SarifFormatter"),
    "junit": ("ci", "JunitFormatter"),
    "markdown": ("ci", "MarkdownFormatter"),
}


def get_formatter(name: str):
    """The formatter class for a ``--format`` name."""
    from importlib import import_module

    module, cls = _FORMATTERS[name]
    return getattr(import_module(f"{__name__}.{module}"), cls)
