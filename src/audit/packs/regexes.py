"""Compile rule patterns once: Python's ``re`` first, the ``regex`` module as a fallback."""

from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager
from functools import lru_cache

TIME_LIMIT = 1.0  # seconds one rule may spend on one block before it is stopped


class RuleTimeout(Exception):
    """A rule's regex took longer than TIME_LIMIT on one block (catastrophic backtracking)."""


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str):
    """Compile ``pattern`` with ``re``; fall back to ``regex`` for syntax ``re`` lacks."""
    # Go's RE2 syntax (Vale) allows inline flags mid-pattern only as groups; Python
    # accepts global flags only at the start, so move a leading (?i) there.
    try:
        return re.compile(pattern)
    except re.error as first:
        try:
            import regex
        except ImportError:  # pragma: no cover - regex is a dependency
            raise first from None
        try:
            return regex.compile(pattern, regex.VERSION1 if "(?V1)" in pattern else 0)
        except regex.error:
            raise first from None


@contextmanager
def time_limit(seconds: float = TIME_LIMIT):
    """Raise RuleTimeout if the block takes longer than ``seconds`` (main thread only)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        yield
        return

    def stop(signum, frame):
        raise RuleTimeout()

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
