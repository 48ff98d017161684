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
        Example(
            "<!-- audit: ignore REP001 -->\nA clean sentence with nothing wrong.\n",
            True,
            "md",
            ("REP001",),
        ),
        Example(
            "<!-- audit: ignore REP001 -->\nWe went to the the shop.\n", False, "md", ("REP001",)
        ),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        return iter(())  # the engine reports unused suppressions after filtering


def titles(doc: Document) -> list:
    """Blocks acting as article titles (see ``style._is_title``)."""
    from .style import _is_title

    return [b for b in doc.blocks if b.kind == "heading" and _is_title(doc, b)]


class MultipleTitles(Check):
    code = "STR001"
    name = "multiple-titles"
    category = "structure"
    severity = Severity.WARNING
    summary = "The article has more than one title."
    why = "Several titles mean several articles were pasted together, or a title was repeated."
    fix_hint = "Keep one title; remove the pasted copies."
    examples = [
        Example("Budget approved\n\nThe council met.\n\nCouncil Approves The New Budget Today\n"
                "The vote was close.\n", True),
        Example("# Budget approved\n\nThe council met.\n\n## The vote\n\nIt was close.\n", False, "md"),
    ]  # fmt: skip

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        found = titles(doc)
        for block in found[1:]:
            yield ctx.at_block(
                block,
                0,
                len(block.text),
                f"Another title (the first is on line {found[0].line}); an article has one "
                "title. Remove the extra one.",
                related=[(found[0].line, found[0].end_line)],
            )


class DuplicateHeading(Check):
    code = "STR002"
    name = "duplicate-heading"
    category = "structure"
    severity = Severity.WARNING
    summary = "The same heading appears more than once."
    why = "Repeated headings show that sections were duplicated or the piece was stitched together."
    fix_hint = "Merge the sections or give each a distinct heading."
    examples = [
        Example("Intro\n\nText one.\n\n## Background\n\nMore.\n\n## Background\n\nAgain.\n", True, "md"),
        Example("## Background\n\nMore.\n\n## Outlook\n\nNext.\n", False, "md"),
    ]  # fmt: skip

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        from ..textutil import normalise

        seen: dict[str, object] = {}
        for block in doc.blocks:
            if block.kind != "heading":
                continue
            key = normalise(block.text)
            if not key:
                continue
            first = seen.get(key)
            if first is None:
                seen[key] = block
                continue
            yield ctx.at_block(
                block,
                0,
                len(block.text),
                f"Heading repeats line {first.line}; repeated headings mean duplicated "
                "sections. Merge them or rename one.",
                related=[(first.line, first.end_line)],
            )


class SkippedHeadingLevel(Check):
    code = "STR003"
    name = "skipped-heading-level"
    category = "structure"
    severity = Severity.INFO
    summary = "A heading skips a level (an H1 followed by an H3)."
    why = "Skipped levels break the outline that screen readers and tables of contents use."
    fix_hint = "Use the next level down."
    examples = [
        Example("# Title\n\n### Detail\n\nText.\n", True, "md"),
        Example("# Title\n\n## Section\n\nText.\n", False, "md"),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        prev = None
        for block in doc.blocks:
            if block.kind != "heading" or block.level is None:
                continue
            if prev is not None and block.level > prev + 1:
                yield ctx.at_block(
                    block,
                    0,
                    len(block.text),
                    f"Heading level {block.level} follows level {prev}; skipped levels break the "
                    f"outline. Use level {prev + 1}.",
                )
            prev = block.level


class MixedHeadingStyles(Check):
    code = "STR004"
    name = "mixed-heading-styles"
    category = "structure"
    severity = Severity.WARNING
    summary = "Headings mix styles (plain lines and '###', or setext and ATX)."
    why = "Mixed heading styles are a sign of text pasted from several sources."
    fix_hint = "Use one heading style throughout."
    examples = [
        Example("Title Line Here\nBackground Of The Story\nText.\n### Details\nMore.\n", True),
        Example("# Title\n\n## Background\n\nText.\n", False, "md"),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        styles: dict[str, object] = {}
        for block in doc.blocks:
            if block.kind == "heading" and block.style and block.style != "html":
                styles.setdefault(block.style, block)
        if len(styles) < 2:
            return
        ordered = sorted(styles.values(), key=lambda b: b.index)
        first, second = ordered[0], ordered[1]
        yield ctx.at_block(
            second,
            0,
            len(second.text),
            f"Heading style '{second.style}' here, '{first.style}' on line {first.line}; mixed "
            "styles suggest pasted text. Use one style.",
            related=[(first.line, first.end_line)],
        )


CHECKS = [
    UnusedSuppression,
    MultipleTitles,
    DuplicateHeading,
    SkippedHeadingLevel,
    MixedHeadingStyles,
]
