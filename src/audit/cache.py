"""Result cache keyed by file content, config and version (like ruff's ``.ruff_cache``)."""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import asdict
from pathlib import Path

from . import __version__
from .config import Config
from .model import Report


def _rules_state(config: Config) -> list[tuple[str, int, int]]:
    """Size and mtime of every rule and lexicon file, so editing a pack invalidates results."""
    from .lexicons import builtin_rules_dir

    state = []
    for root in [builtin_rules_dir(), *map(Path, config.rules_path)]:
        if not root.is_dir():
            continue
        for f in sorted(root.rglob("*.y*ml")):
            st = f.stat()
            state.append((str(f), st.st_size, st.st_mtime_ns))
    return state


class Cache:
    """Stores pickled reports under ``config.cache_dir``; failures only disable caching."""

    def __init__(self, config: Config) -> None:
        settings = asdict(config)
        settings.pop("source", None)
        settings.pop("jobs", None)
        settings.pop("format", None)
        self.salt = hashlib.sha256(
            repr((__version__, sorted(settings.items(), key=str), _rules_state(config))).encode()
        ).hexdigest()[:16]
        self.root = Path(config.cache_dir) / __version__
        self._keys: dict[str, str] = {}

    def _key(self, path: str) -> str | None:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        digest = hashlib.sha256(data).hexdigest()
        key = hashlib.sha256(f"{self.salt}:{path}:{digest}".encode()).hexdigest()
        self._keys[path] = key
        return key

    def get(self, path: str) -> Report | None:
        """The cached report of ``path`` if its content and the config are unchanged."""
        key = self._key(path)
        if key is None:
            return None
        file = self.root / key[:2] / key
        try:
            with file.open("rb") as fh:
                report = pickle.load(fh)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
            return None
        return report if isinstance(report, Report) else None

    def put(self, path: str, report: Report) -> None:
        """Store a report (never an error or internal-error report)."""
        if report.error or report.internal_errors:
            return
        key = self._keys.get(path) or self._key(path)
        if key is None:
            return
        folder = self.root / key[:2]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            gitignore = self.root.parent / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("*\n")
            tmp = folder / f".{key}.{os.getpid()}.tmp"
            with tmp.open("wb") as fh:
                pickle.dump(report, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / key)
        except OSError:
            pass
