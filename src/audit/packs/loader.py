"""Load rule packs (folders of one-rule YAML files) and turn each rule into a Check."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..checks.base import Check, Context, Example
from ..errors import RuleError
from ..lexicons import read_yaml
from ..model import CATEGORIES, Finding, Severity
from .kinds import Rule, build
from .regexes import RuleTimeout


def _load(path: Path) -> dict[str, Any]:
    """Load a rule file (via the shared safe loader) and note the line of each top-level key."""
    text, data = read_yaml(path)
    if isinstance(data, dict):
        lines = {}
        for i, line in enumerate(text.splitlines(), 1):
            m = re.match(r"^([A-Za-z_]+)\s*:", line)
            if m and m.group(1) not in lines:
                lines[m.group(1)] = i
        data["__lines__"] = lines
    return data


def load_style(folder: Path, accept: tuple[str, ...] = (), warn=None) -> list[Rule]:
    """Every rule of one style folder, sorted by name; unsupported kinds are skipped."""
    warn = warn or (lambda m: print(f"audit: warning: {m}", file=sys.stderr))
    rules = []
    for path in sorted(folder.glob("*.yml")) + sorted(folder.glob("*.yaml")):
        data = _load(path)
        try:
            rule = build(folder.name, path.stem, str(path), data, accept)
        except NotImplementedError as exc:
            warn(str(exc))
            continue
        for message in rule.warnings:
            warn(message)
        rules.append(rule)
    return rules


def _severity(level: str) -> Severity:
    return Severity.parse(level)


_CODES: dict[str, str] = {}


def _code_for(rule: Rule) -> str:
    code = rule.data.get("code")
    if code:
        return str(code)
    # Rules without a code get a stable one derived from their Style.Rule name.
    import hashlib

    if rule.ident not in _CODES:
        digest = int(hashlib.sha1(rule.ident.encode()).hexdigest(), 16) % 1000
        _CODES[rule.ident] = f"VAL{digest:03d}"
    return _CODES[rule.ident]


def _kebab(text: str) -> str:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", text).replace(".", "-").replace("_", "-")
    return re.sub(r"-+", "-", text).strip("-").lower()


def make_check(rule: Rule) -> type[Check]:
    """A Check class running one declarative rule."""
    category = str(rule.data.get("category", "style"))
    if category not in CATEGORIES:
        raise RuleError(
            f"{rule.path}: unknown category '{category}' (use one of {', '.join(CATEGORIES)})"
        )
    examples = []
    for key, fails in (("fail", True), ("pass", False)):
        for text in (rule.data.get("examples", {}) or {}).get(key, []) or []:
            examples.append(Example(str(text), fails))
    lines = rule.description.strip().splitlines()
    summary = lines[0] if lines else rule.message
    why = " ".join(ln.strip() for ln in lines[1:]).strip()

    def run(self, doc, ctx: Context) -> Iterator[Finding]:
        from .run import alerts

        try:
            found = list(alerts(doc, rule))
        except RuleTimeout:
            doc.model_doc_cache.setdefault("notices", []).append(
                f"{doc.path}: rule {rule.ident} ({rule.path}) stopped after 1 s on one block "
                "(its regular expression backtracks catastrophically); fix the rule"
            )
            return
        for block, start, end, message in found:
            if block is None:
                yield ctx.at_document(doc, message)
            else:
                yield ctx.at_block(block, start, max(end, start + 1), message)

    attrs = {
        "code": _code_for(rule),
        "name": _kebab(rule.ident),
        "category": category,
        "severity": _severity(rule.level),
        "summary": summary,
        "why": why,
        "fix_hint": f"See {rule.link}" if rule.link else "",
        "examples": examples,
        "source": rule.path,
        "vale_name": rule.ident,
        "rule": rule,
        "run": run,
    }
    return type(f"Pack_{_kebab(rule.ident).replace('-', '_')}", (Check,), attrs)


def pack_checks(folders: list[Path], warn=None) -> list[type[Check]]:
    """Checks for every style folder under each of ``folders`` (``lexicons`` excluded)."""
    out = []
    for root in folders:
        if not root.is_dir():
            continue
        for style in sorted(p for p in root.iterdir() if p.is_dir() and p.name != "lexicons"):
            for rule in load_style(style, warn=warn):
                out.append(make_check(rule))
    return out
