"""Turn findings into 0–100 scores per category and overall, plus a letter grade.

Formula (documented in the README):

* Each finding costs ``SEVERITY_POINTS[severity]``. Findings tied to a place in the text are
  normalised by length: their points are multiplied by ``1000 / max(words, MIN_WORDS)``,
  i.e. counted per 1,000 words. Document-level findings (e.g. "half the article restates
  itself") cost ``DOCUMENT_POINTS[severity]`` once, whatever the length.
* A category's *penalty* is the sum of its findings' costs; its score is
  ``max(0, 100 - penalty)``.
* The overall score is ``max(0, 100 - Σ CATEGORY_WEIGHTS[c] × penalty[c])``.
"""

from __future__ import annotations

from .model import CATEGORIES, CategoryResult, Finding, Report, Severity

SEVERITY_POINTS = {Severity.ERROR: 6.0, Severity.WARNING: 2.5, Severity.INFO: 0.4}
DOCUMENT_POINTS = {Severity.ERROR: 25.0, Severity.WARNING: 10.0, Severity.INFO: 0.0}
CATEGORY_WEIGHTS = {
    "repetition": 1.0,
    "promo": 1.0,
    "sourcing": 1.0,
    "structure": 0.6,
    "style": 0.5,
    "readability": 0.3,
}
MIN_WORDS = 300
GRADES = ((90, "A"), (80, "B"), (70, "C"), (60, "D"))


def finding_cost(finding: Finding, words: int) -> float:
    """Points one finding costs in its category."""
    if finding.document_level:
        return DOCUMENT_POINTS[finding.severity]
    return SEVERITY_POINTS[finding.severity] * 1000.0 / max(words, MIN_WORDS)


def grade(score: float) -> str:
    """Letter grade A–F for a 0–100 score."""
    for floor, letter in GRADES:
        if score >= floor:
            return letter
    return "F"


def score_report(report: Report) -> None:
    """Fill ``report.categories``, ``report.score`` and ``report.grade`` from its findings."""
    penalties = dict.fromkeys(CATEGORIES, 0.0)
    counts = dict.fromkeys(CATEGORIES, 0)
    for f in report.findings:
        penalties[f.category] += finding_cost(f, report.words)
        counts[f.category] += 1
    total = 0.0
    report.categories = {}
    for cat in CATEGORIES:
        cost = CATEGORY_WEIGHTS[cat] * penalties[cat]
        total += cost
        report.categories[cat] = CategoryResult(
            score=round(max(0.0, 100.0 - penalties[cat]), 1),
            findings=counts[cat],
            cost=round(cost, 1),
        )
    report.score = round(max(0.0, 100.0 - total), 1)
    report.grade = grade(report.score)
