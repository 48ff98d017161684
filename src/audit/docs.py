"""Markdown rule reference, generated from the registered checks (used for the README)."""

from __future__ import annotations

from .model import CATEGORIES
from .registry import all_checks as load_checks


def rules_markdown() -> str:
    """One section per category with every rule, its rationale, options and examples."""
    checks = load_checks()
    out = []
    for cat in CATEGORIES:
        items = [c for c in checks if c.category == cat]
        if not items:
            continue
        out.append(f"### {cat}\n")
        for c in items:
            optin = " (opt-in)" if not c.default_enabled else ""
            out.append(f"#### `{c.code}` {c.name} — {c.severity}{optin}\n")
            out.append(c.summary + "\n")
            if c.why:
                out.append(f"*Why:* {c.why}  ")
            if c.fix_hint:
                out.append(f"*Fix:* {c.fix_hint}\n")
            if c.options:
                opts = ", ".join(f"`{k} = {v!r}`" for k, v in c.options.items())
                out.append(f"*Options* (`[tool.audit.rules.{c.name}]`): {opts}\n")
            for label, fails in (("Flagged", True), ("Not flagged", False)):
                for e in (x for x in c.examples if x.fails is fails):
                    body = e.text.rstrip("\n")
                    lang = "markdown" if e.fmt == "md" else "text"
                    out.append(f"{label}:\n\n```{lang}\n{body}\n```\n")
    return "\n".join(out)
