"""``path:line:col: CODE [severity] message``, one line per finding."""

from __future__ import annotations

from ..model import Report
from . import Formatter


class ConciseFormatter(Formatter):
    """One line per finding, like ruff's concise output."""

    def file(self, report: Report) -> None:
        if report.error:
            return
        for f in report.findings:
            if self.quiet and f.severity == 0:
                continue
            self.stream.write(
                f"{report.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}\n"
            )
