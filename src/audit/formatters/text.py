"""The rich terminal report: header, category scores, findings by category, metrics."""

from __future__ import annotations

from ..model import CATEGORIES, Report
from . import Formatter

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
GRADE_STYLE = {"A": "bold green", "B": "green", "C": "yellow", "D": "red", "F": "bold red"}
SHOWN_METRICS = (
    "words", "sentences", "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog",
    "smog_index", "coleman_liau_index", "automated_readability_index",
    "dale_chall_readability_score", "reading_time_minutes", "near_duplicate_char_frac",
    "speculative_sentence_share", "attributed_sentence_share", "named_sources",
)  # fmt: skip


class TextFormatter(Formatter):
    """Human report for the terminal; plain when not a TTY or when NO_COLOR is set."""

    def start(self) -> None:
        from rich.console import Console

        self.console = Console(
            file=self.stream,
            highlight=False,
            soft_wrap=True,
            no_color=self.color is False or None,
            force_terminal=True if self.color else None,
            width=None if self.stream.isatty() else 120,
        )

    def file(self, report: Report) -> None:
        from rich.markup import escape
        from rich.table import Table

        c = self.console
        if report.error:
            return
        gstyle = GRADE_STYLE.get(report.grade, "")
        c.print(
            f"[bold]{escape(report.path)}[/]  score [{gstyle}]{report.score:.1f}[/] "
            f"grade [{gstyle}]{report.grade}[/]  ({report.words} words, "
            f"{len(report.findings)} findings)"
        )
        if not self.quiet:
            parts = []
            for cat in CATEGORIES:
                r = report.categories.get(cat)
                if r is None:
                    continue
                cost = f" −{r.cost:.1f}" if r.cost else ""
                parts.append(f"{cat} {r.score:.0f} ({r.findings}{cost})")
            c.print("  " + " · ".join(parts), style="dim")
        for cat in CATEGORIES:
            items = [f for f in report.findings if f.category == cat]
            if self.quiet:
                items = [f for f in items if f.severity > 0]
            if not items:
                continue
            c.print(f"\n  [bold]{cat}[/]")
            for f in items:
                sev = str(f.severity)
                c.print(
                    f"    {f.line}:{f.column}  [{SEVERITY_STYLE[sev]}]{sev:<7}[/] "
                    f"[bold]{f.code}[/] {escape(f.message)}"
                )
                if f.excerpt:
                    c.print(f"        [dim]│ {escape(f.excerpt)}[/]")
        if not self.quiet:
            table = Table(
                title=None, show_header=True, header_style="bold", box=None, pad_edge=False
            )
            table.add_column("metric")
            table.add_column("value", justify="right")
            for key in SHOWN_METRICS:
                if key in report.metrics:
                    v = report.metrics[key]
                    table.add_row(key, f"{v:.2f}" if isinstance(v, float) else str(v))
            c.print()
            c.print(table)
        c.print()

    def finish(self, summary: dict) -> None:
        if summary["files"] > 1 or summary["failed"]:
            self.console.print(
                f"{summary['files']} files audited, {summary['failed']} could not be audited, "
                f"{summary['findings']} findings."
            )
