"""Suppression comments: ``<!-- audit: ignore CODE -->``, ``disable``/``enable`` ranges, file scope.

In plain text the same directives stand on a line of their own (``audit: ignore REP001``).
``ignore`` applies to the next block; ``disable`` runs until a matching ``enable`` or the
end of the file; ``disable-file`` covers the whole file. No codes means every code. A
directive that suppresses nothing is reported as ``AUD001`` (like ruff's unused ``noqa``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import Directive, Document
from .model import Finding, Severity


@dataclass
class _Scope:
    directive: Directive
    start: int
    end: int
    codes: tuple[str, ...]
    used: bool = field(default=False)

    def covers(self, f: Finding) -> bool:
        if not self.start <= f.start < self.end and self.directive.action != "disable-file":
            return False
        return not self.codes or any(
            f.code.startswith(c) or f.name == c.lower() for c in self.codes
        )


def _scopes(doc: Document) -> list[_Scope]:
    scopes: list[_Scope] = []
    open_ranges: list[_Scope] = []
    for d in doc.directives:
        if d.action == "ignore":
            nxt = next((b for b in doc.blocks if b.source_offset(0) > d.offset), None)
            if nxt is None:
                scopes.append(_Scope(d, 0, 0, d.codes))
                continue
            start = nxt.source_offset(0)
            end = nxt.source_offset(max(0, len(nxt.text) - 1)) + 1
            scopes.append(_Scope(d, start, end, d.codes))
        elif d.action == "disable":
            s = _Scope(d, d.offset, len(doc.text) + 1, d.codes)
            scopes.append(s)
            open_ranges.append(s)
        elif d.action == "enable":
            for s in reversed(open_ranges):
                if not d.codes or set(d.codes) & set(s.codes) or not s.codes:
                    s.end = d.offset
                    open_ranges.remove(s)
                    break
        elif d.action == "disable-file":
            scopes.append(_Scope(d, 0, len(doc.text) + 1, d.codes))
    return scopes


def apply(doc: Document, findings: list[Finding], make_unused) -> list[Finding]:
    """Drop suppressed findings; append an unused-suppression finding per idle directive."""
    scopes = _scopes(doc)
    if not scopes:
        return findings
    kept = []
    for f in findings:
        hit = [s for s in scopes if s.covers(f)]
        for s in hit:
            s.used = True
        if not hit:
            kept.append(f)
    for s in scopes:
        if not s.used:
            codes = ",".join(s.directive.codes) or "all codes"
            kept.append(make_unused(s.directive, codes, Severity.INFO))
    return kept
