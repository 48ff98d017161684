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


def get_formatter(name: str):
    """The formatter class for a ``--format`` name."""
    from . import concise, html, json_format, text

    table = {
        "html": html.HtmlFormatter,
        "text": text.TextFormatter,
        "concise": concise.ConciseFormatter,
        "json": json_format.JsonFormatter,
    }
    try:
        from . import ci

        table.update(ci.FORMATTERS)
    except ImportError:  # pragma: no cover - optional module
        pass
    return table[name]


FORMAT_NAMES = (
    "text", "concise", "json", "json-lines", "sarif", "github", "junit", "markdown", "vale-line",
    "html",
)  # fmt: skip
