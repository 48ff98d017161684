"""article-audit: a content-quality auditor for articles.

Public API::

    from audit import audit_text, audit_paths
    report = audit_text(open("draft.md").read(), path="draft.md")
    print(report.score, report.grade, [f.code for f in report.findings])
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["audit_text", "audit_paths", "Report", "Finding", "Severity", "__version__"]


def __getattr__(name: str):
    # Imported lazily so that 'audit --help' and plugins stay cheap to import.
    if name in ("audit_text", "audit_paths"):
        from . import engine

        return getattr(engine, name)
    if name in ("Report", "Finding", "Severity"):
        from . import model

        return getattr(model, name)
    raise AttributeError(name)
