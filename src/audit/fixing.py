"""Automatic fixes: plan non-overlapping edits from findings and write files atomically."""

from __future__ import annotations

import difflib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .model import Fix, Report

# Rules whose fixes are safe: deleting promo/embed lines and exact copies, collapsing doubles.
SAFE_CODES = frozenset({"PRO001", "PRO002", "PRO003", "REP001", "REP002", "REP003"})
# Rules whose fixes need --unsafe-fixes: deleting a reworded section or an off-topic line.
UNSAFE_CODES = frozenset({"REP004", "PRO004"})


@dataclass
class FixResult:
    """What fixing one file did."""

    path: str
    original: str
    fixed: str
    applied: int

    @property
    def changed(self) -> bool:
        """Whether the text changed."""
        return self.fixed != self.original

    def diff(self) -> str:
        """Unified diff of the change."""
        return "".join(
            difflib.unified_diff(
                self.original.splitlines(keepends=True),
                self.fixed.splitlines(keepends=True),
                fromfile=f"a/{self.path}",
                tofile=f"b/{self.path}",
            )
        )


def plan(report: Report, unsafe: bool = False) -> list[Fix]:
    """Fixes to apply, sorted, with overlapping edits dropped (the earliest wins)."""
    allowed = SAFE_CODES | (UNSAFE_CODES if unsafe else frozenset())
    fixes = sorted(
        {f.fix for f in report.findings if f.fix is not None and f.code in allowed
         and (f.fix.safe or unsafe)},
        key=lambda x: (x.start, -x.end),
    )  # fmt: skip
    chosen: list[Fix] = []
    for fix in fixes:
        if chosen and fix.start < chosen[-1].end:
            if fix.end > chosen[-1].end and fix.start == chosen[-1].start:
                continue
            continue
        chosen.append(fix)
    return chosen


def apply(text: str, fixes: list[Fix]) -> str:
    """Apply non-overlapping fixes to ``text``."""
    out: list[str] = []
    pos = 0
    for fix in fixes:
        out.append(text[pos : fix.start])
        out.append(fix.replacement)
        pos = fix.end
    out.append(text[pos:])
    return "".join(out)


def fix_text(auditor, text: str, path: str, unsafe: bool = False, rounds: int = 4) -> FixResult:
    """Audit and fix until nothing changes (bounded), so a second run has nothing to do."""
    current = text
    applied = 0
    for _ in range(rounds):
        report = auditor.audit_text(current, path=path)
        if report.error:
            break
        fixes = plan(report, unsafe)
        if not fixes:
            break
        new = apply(current, fixes)
        if new == current:
            break
        applied += len(fixes)
        current = new
    return FixResult(path, text, current, applied)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_atomic(path: str, new_text: str, original_bytes: bytes) -> None:
    """Replace ``path`` with ``new_text`` via a temporary file and rename, keeping its mode.

    Refuses when the file changed since it was read.
    """
    p = Path(path)
    current = p.read_bytes()
    if _digest(current) != _digest(original_bytes):
        raise InputError(f"{path}: changed on disk since it was read; not fixing it")
    mode = p.stat().st_mode
    bom = b"\xef\xbb\xbf" if original_bytes.startswith(b"\xef\xbb\xbf") else b""
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".audit-tmp", dir=str(p.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(bom + new_text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).chmod(mode & 0o7777)
        os.replace(tmp, p)
    except BaseException:
        # Interrupted or failed: never leave a partial file behind.
        Path(tmp).unlink(missing_ok=True)
        raise


def fix_path(auditor, path: str, *, unsafe: bool = False, write: bool = True):
    """Fix one file on disk; returns (FixResult or None, report of the resulting text).

    HTML is never rewritten: deleting lines of markup could break the page.
    """
    from .inputs import format_for
    from .reading import decode

    if format_for(path) == "html":
        report = auditor.audit_file(path)
        report.notices.append(f"{path}: not fixed (--fix does not rewrite HTML)")
        return None, report
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError:
        return None, auditor.audit_file(path)
    try:
        text = decode(data, path)
    except InputError:
        return None, auditor.audit_file(path)
    result = fix_text(auditor, text, path, unsafe)
    if result.changed and write:
        write_atomic(path, result.fixed, data)
    return result, auditor.audit_text(result.fixed, path=path)
