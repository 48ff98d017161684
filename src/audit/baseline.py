"""Baselines: record today's findings, then report only new ones.

Findings are matched by rule code and a content fingerprint (the normalised excerpt), not
by line numbers, so edits elsewhere in a file do not resurrect old findings.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path

from .errors import ConfigError
from .model import Finding, Report

VERSION = 1


def fingerprint(f: Finding) -> str:
    """Stable identity of a finding across edits: code plus normalised excerpt."""
    basis = f"{f.code}\0{' '.join(f.excerpt.lower().split())}"
    return hashlib.sha256(basis.encode()).hexdigest()[:24]


def _key(path: str) -> str:
    return Path(path).as_posix()


def load(path: str) -> dict[str, Counter]:
    """Read a baseline file into {file: Counter(fingerprints)}."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ConfigError(f"{path}: not an audit baseline (version {VERSION})")
    return {k: Counter(v) for k, v in data.get("files", {}).items()}


def save(path: str, reports: list[Report]) -> None:
    """Write the findings of ``reports`` as a baseline (atomically, sorted)."""
    files = {
        _key(r.path): sorted(fingerprint(f) for f in r.findings) for r in reports if not r.error
    }
    text = json.dumps({"version": VERSION, "files": dict(sorted(files.items()))}, indent=1)
    tmp = f"{path}.tmp"
    Path(tmp).write_text(text + "\n", encoding="utf-8")
    os.replace(tmp, path)


def filter_new(report: Report, baseline: dict[str, Counter]) -> Report:
    """Drop findings already in the baseline (each recorded occurrence absorbs one)."""
    known = Counter(baseline.get(_key(report.path), Counter()))
    kept = []
    for f in report.findings:
        fp = fingerprint(f)
        if known[fp] > 0:
            known[fp] -= 1
        else:
            kept.append(f)
    report.findings = kept
    return report
