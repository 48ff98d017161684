"""Compile rule patterns once and match them under a time limit.

Patterns are checked with Python's ``re`` and compiled with the ``regex`` module, whose
syntax is a superset of ``re`` (one real Google rule needs it) and whose matching takes
a timeout: a hostile pattern such as ``(a+)+$`` cannot hang ``audit``; the rule is stopped
with a warning after ``TIME_LIMIT`` seconds on a block.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

TIME_LIMIT = 1.0  # seconds one rule may spend on one block


class RuleTimeout(Exception):
    """A rule's pattern ran longer than TIME_LIMIT on one block."""


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str):
    """Compile ``pattern`` (raises ``re.error`` with a readable message when invalid)."""
    try:
        return regex.compile(pattern)
    except regex.error as exc:
        raise re.error(str(exc)) from None


def finditer(rx, text: str):
    """All matches of ``rx`` in ``text``, stopped after TIME_LIMIT seconds."""
    try:
        return list(rx.finditer(text, timeout=TIME_LIMIT))
    except TimeoutError:
        raise RuleTimeout() from None
