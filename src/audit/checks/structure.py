"""Structure: titles, headings and suppression hygiene."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import Finding, Severity
from .base import Check, Context, Example

if TYPE_CHECKING:
    from ..document import Document


class UnusedSuppression(Check):
    code = "AUD001"
    name = "unused-suppression"
    category = "structure"
    severity = Severity.INFO
    summary = "An 'audit: ignore/disable' comment suppresses no finding."
    why = "A stale suppression silently hides the next real problem in that place."
    fix_hint = "Delete the comment, or name the rule it was meant for."
    examples = [
        Example("<!-- audit: ignore REP001 -->\nA clean sentence with nothing wrong.\n", True, "md"),
        Example("<!-- audit: ignore REP001 -->\nWe went to the the shop.\n", False, "md"),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        return iter(())  # the engine reports unused suppressions after filtering


CHECKS = [UnusedSuppression]
