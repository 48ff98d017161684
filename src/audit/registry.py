"""Discover checks through the ``audit.checks`` entry-point group and select them."""

from __future__ import annotations

import os
import re
import sys

from .checks.base import Check, iter_checks
from .errors import ConfigError
from .model import CATEGORIES

GROUP = "audit.checks"
_BUILTIN_MODULES = ("repetition", "promo", "sourcing", "readability", "style", "structure")
_OWN_METADATA = "article_audit-"  # this project's .dist-info folder
_GROUP_HEADER = re.compile(r"^\s*\[\s*audit\.checks\s*\]", re.MULTILINE)


def plugins_installed() -> bool:
    """Whether a distribution other than this one may declare ``audit.checks`` checks.

    Importing importlib.metadata costs ~30 ms (it pulls in the email parser), a few percent
    of a one-file run; reading the ``entry_points.txt`` files on ``sys.path`` answers the
    usual case (no plugins) without it. What the scan cannot look into (a zip file on
    ``sys.path``) counts as a possible plugin.
    """
    for entry in sys.path:
        folder = entry or "."
        try:
            with os.scandir(folder) as found:
                names = [e.name for e in found if e.name.endswith((".dist-info", ".egg-info"))]
        except NotADirectoryError:
            return True
        except OSError:
            continue
        for name in names:
            if name.startswith(_OWN_METADATA):
                continue
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8") as f:
                    text = f.read()
            except (OSError, UnicodeDecodeError):
                continue
            if _GROUP_HEADER.search(text):
                return True
    return False


def _builtin_fallback() -> list[type[Check]]:
    import importlib

    out: list[type[Check]] = []
    for mod in _BUILTIN_MODULES:
        out.extend(iter_checks(importlib.import_module(f"audit.checks.{mod}").CHECKS))
    return out


def load_checks(warn=None) -> list[type[Check]]:
    """All registered check classes, ordered by code.

    Built-ins register through the same entry-point group as plugins. When no other
    distribution declares the group, or the package runs from a source tree without
    installed metadata, the built-ins load directly.
    """
    warn = warn or (lambda msg: print(f"audit: warning: {msg}", file=sys.stderr))
    classes: dict[str, type[Check]] = {}
    saw_builtin = False
    if plugins_installed():
        from importlib.metadata import entry_points

        found = sorted(entry_points(group=GROUP), key=lambda e: (e.value, e.name))
    else:
        found = []  # only the built-ins, loaded directly below
    for ep in found:
        try:
            loaded = list(iter_checks(ep.load()))
        except Exception as exc:  # a broken plugin must not take the built-ins down
            warn(f"cannot load check plugin '{ep.name}' ({ep.value}): {exc}")
            continue
        saw_builtin |= ep.value.startswith("audit.checks.")
        for cls in loaded:
            try:
                cls.validate()
            except ValueError as exc:
                warn(f"ignoring check from plugin '{ep.name}': {exc}")
                continue
            if cls.code in classes and classes[cls.code] is not cls:
                warn(f"check code {cls.code} from '{ep.name}' is already registered; ignored")
                continue
            classes[cls.code] = cls
    if not saw_builtin:
        for cls in _builtin_fallback():
            cls.validate()
            classes.setdefault(cls.code, cls)
    return [classes[c] for c in sorted(classes)]


def _matches(cls: type[Check], selector: str) -> bool:
    s = selector.strip()
    if s.lower() in CATEGORIES:
        return cls.category == s.lower()
    if s.lower() == "all":
        return True
    return cls.code.startswith(s.upper()) or cls.name == s.lower()


def validate_selectors(selectors: list[str], classes: list[type[Check]], where: str) -> None:
    """Reject selectors that match no rule, listing what exists."""
    for s in selectors:
        if not any(_matches(c, s) for c in classes):
            raise ConfigError(
                f"{where}: '{s}' matches no rule; use a code (REP001), a prefix (REP), "
                f"a rule name or a category ({', '.join(CATEGORIES)}); see 'audit rules'"
            )


def select(
    classes: list[type[Check]], selected: list[str], ignored: list[str]
) -> list[type[Check]]:
    """Apply ``--select`` and ``--ignore``; ignore wins over select."""
    out = []
    for cls in classes:
        if selected and not any(_matches(cls, s) for s in selected):
            continue
        if any(_matches(cls, s) for s in ignored):
            continue
        out.append(cls)
    return out


def all_checks(rules_path: list[str] | None = None) -> list[type[Check]]:
    """Python checks plus the rules of the built-in and configured packs."""
    from pathlib import Path

    from .lexicons import builtin_rules_dir
    from .packs.loader import pack_checks

    folders = [builtin_rules_dir(), *(Path(p) for p in rules_path or [])]
    checks = load_checks() + pack_checks(folders)
    return sorted(checks, key=lambda c: c.code)
