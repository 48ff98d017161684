"""Render a rule's documentation, with its examples, for ``audit explain`` and the README."""

from __future__ import annotations

from .checks.base import Check


def explain_text(cls: type[Check]) -> str:
    """Plain-text documentation of one rule."""
    lines = [
        f"{cls.code} {cls.name} ({cls.category}, default severity {cls.severity})",
        "",
        cls.summary,
    ]
    if cls.why:
        lines += ["", f"Why it matters: {cls.why}"]
    if cls.fix_hint:
        lines += ["", f"What to do: {cls.fix_hint}"]
    if cls.options:
        lines += ["", f"Options ([tool.audit.rules.{cls.name}]):"]
        lines += [f"  {k} = {v!r}" for k, v in cls.options.items()]
    for label, fails in (("Flagged", True), ("Not flagged", False)):
        exs = [e for e in cls.examples if e.fails is fails]
        if exs:
            lines += ["", f"{label}:"]
            for e in exs:
                body = e.text.rstrip("\n").replace("\n", "\n    ")
                lines.append(f"  ({e.fmt})\n    {body}")
    return "\n".join(lines)
