"""The versioned JSON report (schema: ``audit/schema/report.schema.json``)."""

from __future__ import annotations

import json

from ..model import Report
from . import Formatter

JSON_VERSION = 1


def dumps(obj) -> str:
    """Deterministic JSON text."""
    return json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False)


class JsonFormatter(Formatter):
    """Streams ``{"version": 1, "files": [...], "summary": {...}}``."""

    def start(self) -> None:
        self.stream.write(f'{{\n  "version": {JSON_VERSION},\n  "files": [')
        self.first = True

    def file(self, report: Report) -> None:
        text = dumps(report.to_dict()).replace("\n", "\n    ")
        self.stream.write(("\n    " if self.first else ",\n    ") + text)
        self.first = False

    def finish(self, summary: dict) -> None:
        tail = "\n  ],\n" if not self.first else "],\n"
        self.stream.write(tail + '  "summary": ' + dumps(summary).replace("\n", "\n  ") + "\n}\n")
