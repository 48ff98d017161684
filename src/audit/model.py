"""Plain data types shared by checks, scoring and formatters."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

CATEGORIES = ("repetition", "promo", "sourcing", "readability", "style", "structure")


class Severity(IntEnum):
    """Finding severity; ordering gives ``--fail-on`` for free."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Parse a severity name (Vale's ``suggestion`` means ``info``)."""
        name = str(value).strip().lower()
        if name == "suggestion":
            name = "info"
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Related:
    """A line range elsewhere in the same file that a finding refers to."""

    line: int
    end_line: int


@dataclass(slots=True)
class Finding:
    """One problem found in one file, located in the original text."""

    code: str
    name: str
    category: str
    severity: Severity
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str
    related: list[Related] = field(default_factory=list)
    start: int = 0  # character offset into the original text
    end: int = 0
    document_level: bool = False
    fix: Fix | None = None
    ident: str = ""  # Style.Rule for rules loaded from Vale-style packs

    def sort_key(self) -> tuple:
        """Order by position, then code, then message, for deterministic output."""
        return (self.line, self.column, self.code, self.end_line, self.end_column, self.message)

    def to_dict(self) -> dict:
        """Return the JSON wire shape of this finding."""
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "excerpt": self.excerpt,
            "related": [{"line": r.line, "end_line": r.end_line} for r in self.related],
        }


@dataclass(frozen=True, slots=True)
class Fix:
    """A text edit: replace original characters [start, end) with ``replacement``."""

    start: int
    end: int
    replacement: str
    safe: bool = True


@dataclass(slots=True)
class CategoryResult:
    """Score of one category and how many findings it holds."""

    score: float
    findings: int
    cost: float = 0.0


@dataclass(slots=True)
class Report:
    """The audit of one file (or one text)."""

    path: str
    score: float = 0.0
    grade: str = "F"
    words: int = 0
    categories: dict[str, CategoryResult] = field(default_factory=dict)
    metrics: dict[str, float | int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    internal_errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    extras: dict | None = None  # text, blocks and similarity map, for the HTML report

    @property
    def failed(self) -> bool:
        """Whether the file could not be audited."""
        return self.error is not None

    def to_dict(self) -> dict:
        """Return the JSON wire shape of this report."""
        return {
            "path": self.path,
            "score": self.score,
            "grade": self.grade,
            "words": self.words,
            "categories": {
                name: {"score": cat.score, "findings": cat.findings}
                for name, cat in self.categories.items()
            },
            "metrics": dict(sorted(self.metrics.items())),
            "findings": [f.to_dict() for f in self.findings],
            "error": self.error,
        }
