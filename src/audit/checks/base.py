"""The check API: what a check declares and how it reports findings."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from ..model import CATEGORIES, Finding, Fix, Related, Severity

if TYPE_CHECKING:
    from ..config import Config
    from ..document import Block, Document, Sentence

CODE_RE = re.compile(r"^[A-Z]{2,5}\d{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass
class Example:
    """A rule example: ``text`` must (``fail``) or must not (``pass``) trigger the rule."""

    text: str
    fails: bool
    fmt: str = "txt"
    also: tuple[str, ...] = ()  # other rules the example needs enabled


class Check:
    """Base class of every check.

    Subclasses set the class attributes and implement :meth:`run`, yielding findings
    built with :meth:`Context.at` and friends. A check must be deterministic and must not
    print or touch the network.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = "style"
    severity: ClassVar[Severity] = Severity.WARNING
    summary: ClassVar[str] = ""
    why: ClassVar[str] = ""
    fix_hint: ClassVar[str] = ""
    examples: ClassVar[list[Example]] = []
    options: ClassVar[dict[str, Any]] = {}
    source: ClassVar[str] = "builtin"
    default_enabled: ClassVar[bool] = True  # opt-in rules run only when selected by code or name

    def run(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        """Yield findings for ``doc``."""
        raise NotImplementedError

    @classmethod
    def validate(cls) -> None:
        """Raise ValueError if the declaration is incomplete."""
        if not CODE_RE.match(cls.code):
            raise ValueError(f"{cls.__name__}: bad code {cls.code!r} (expected e.g. REP001)")
        if not NAME_RE.match(cls.name):
            raise ValueError(f"{cls.__name__}: name {cls.name!r} is not kebab-case")
        if cls.category not in CATEGORIES:
            raise ValueError(f"{cls.__name__}: unknown category {cls.category!r}")
        if not cls.summary:
            raise ValueError(f"{cls.__name__}: missing summary")

    @classmethod
    def describe(cls) -> str:
        """The long description shown by ``audit explain``."""
        parts = [cls.summary]
        if cls.why:
            parts.append(f"Why it matters: {cls.why}")
        if cls.fix_hint:
            parts.append(f"What to do: {cls.fix_hint}")
        return "\n\n".join(parts)


@dataclass
class Context:
    """What a check needs besides the document: options and finding builders."""

    check: Check
    config: Config
    options: dict[str, Any] = field(default_factory=dict)
    severity: Severity | None = None
    metrics: dict[str, float | int] = field(default_factory=dict)

    def option(self, key: str) -> Any:
        """A rule option from config, falling back to the check's default."""
        if key in self.options:
            return self.options[key]
        return self.check.options[key]

    def _make(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str,
        *,
        severity: Severity | None = None,
        related: Iterable[tuple[int, int]] = (),
        fix: Fix | None = None,
        document_level: bool = False,
    ) -> Finding:
        end = max(end, start + 1) if doc.text else start
        line, col = doc.line_col(start)
        end_line, end_col = doc.line_col(max(start, end - 1))
        excerpt = doc.text[start:end].replace("\r", "")
        if "\n" in excerpt or len(excerpt) > 120:
            first = excerpt.split("\n", 1)[0]
            excerpt = (first[:117] + "…") if len(first) > 118 else first + " …"
        # A configured severity overrides every level the check picks itself.
        if self.severity is not None:
            sev = self.severity
        else:
            sev = severity if severity is not None else self.check.severity
        return Finding(
            code=self.check.code,
            name=self.check.name,
            category=self.check.category,
            severity=sev,
            message=message,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col + 1,
            excerpt=excerpt,
            related=[Related(a, b) for a, b in related],
            start=start,
            end=end,
            document_level=document_level,
            fix=fix,
            ident=getattr(self.check, "vale_name", ""),
        )

    def at_block(self, block: Block, start: int, end: int, message: str, **kw: Any) -> Finding:
        """A finding over ``block.text[start:end]``."""
        doc = block.document
        s = block.source_offset(start)
        e = block.source_offset(max(start, end - 1)) + 1
        return self._make(doc, s, e, message, **kw)

    def at_sentence(self, sent: Sentence, message: str, **kw: Any) -> Finding:
        """A finding covering a whole sentence."""
        return self.at_block(sent.block, sent.start, sent.end, message, **kw)

    def at_lines(self, doc: Document, line: int, end_line: int, message: str, **kw: Any) -> Finding:
        """A finding covering whole lines (trailing newline excluded)."""
        start, end = doc.line_span(line, end_line)
        text = doc.text[start:end]
        end = start + len(text.rstrip("\r\n")) if text.strip() else end
        return self._make(doc, start, end, message, **kw)

    def at_document(self, doc: Document, message: str, **kw: Any) -> Finding:
        """A document-level finding, anchored at the first line."""
        first = doc.blocks[0] if doc.blocks else None
        if first is None:
            return self._make(doc, 0, 0, message, document_level=True, **kw)
        return self.at_block(first, 0, len(first.text), message, document_level=True, **kw)


def iter_checks(value: Any) -> Iterator[type[Check]]:
    """Normalise an entry-point value (a Check class or an iterable of them)."""
    if isinstance(value, type) and issubclass(value, Check):
        yield value
    elif isinstance(value, Check):
        yield type(value)
    elif isinstance(value, Iterable):
        for item in value:
            yield from iter_checks(item)
    else:
        raise TypeError(f"not a Check class: {value!r}")
