"""Style: clichés and padding, clickbait headlines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicons import compiled
from ..lexicons import finditer as lex_finditer
from ..model import Finding, Severity
from ..textutil import QUOTE_MARK
from .base import Check, Context, Example

if TYPE_CHECKING:
    from ..document import Block, Document


class Cliche(Check):
    code = "STY001"
    name = "cliche"
    category = "style"
    severity = Severity.INFO
    summary = (
        "A cliché or stock padding phrase ('only time will tell', 'sends shockwaves'); "
        "a warning once an article has three or more."
    )
    why = "Stock phrases add words without information and mark filler copy."
    fix_hint = "Say the specific thing, or cut the phrase."
    options = {"warning-count": 3}
    examples = [
        Example("The ruling sends shockwaves through the industry.\n", True),
        Example("In summary, the talks failed.\n", True),
        Example("The ruling surprised the industry.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        extra = tuple(ctx.config.rules_path)
        hits = []
        for s in doc.sentences:
            if QUOTE_MARK.search(s.text):
                continue  # quoted speech is reported, not written, by the author
            for m in lex_finditer("cliches", s.text, extra):
                hits.append((s, m))
        many = len(hits) >= int(ctx.option("warning-count"))
        for s, m in hits:
            yield ctx.at_block(
                s.block,
                s.start + m.start(),
                s.start + m.end(),
                f"Cliché '{m.group(0)}'; stock phrases pad the text without saying "
                "anything. Say the specific thing or cut it.",
                severity=Severity.WARNING if many else Severity.INFO,
            )


NUMBER_START = re.compile(r"^\s*\d+\b(?!\s*(?:%|per|dead|killed|die|hurt|injured|arrested))")
SHOUTED = frozenset({"BREAKING", "SHOCKING", "URGENT", "EXCLUSIVE", "WATCH", "ALERT", "MUST",
                     "UPDATE", "LIVE", "FREE", "WOW", "OMG", "HUGE", "EPIC", "INSANE"})  # fmt: skip
SECOND_PERSON = re.compile(r"\b(?:you|your|you're|youre|yourself|you'll|you've|ya)\b", re.I)
TEASER_START = re.compile(
    r"^\s*(?:this|these|here's|heres|here are|here is|why|what|how|which|who|when|can you|"
    r"do you|is this|are these|would you|guess)\b",
    re.IGNORECASE,
)
TEASER_QUESTION = re.compile(
    r"(?:^|[:—–-]\s*)(?:what|why|how|who|which|will|is|are|can|could|should)\b[^:?]{0,40}\?\s*$",
    re.IGNORECASE,
)
ACRONYM_OK = frozenset({"NATO", "NASA", "UEFA", "FIFA", "OPEC", "AIDS", "UNICEF", "NHS", "USA",
                        "BBC", "CNN", "FBI", "CIA", "COVID", "GDP", "CEO", "LGBT", "UNESCO"})  # fmt: skip


def clickbait_features(text: str, *, title: bool, extra: tuple[str, ...] = ()) -> list[str]:
    """Clickbait features of a headline, in a fixed order."""
    feats = []
    norm = text.replace("’", "'")
    m = compiled("clickbait", extra).search(norm)
    if m:
        feats.append(f"clickbait phrase '{m.group(0)}'")
    mild = compiled("sensational", extra).search(norm)
    if "!" in text:
        feats.append("exclamation mark")
    if TEASER_QUESTION.search(norm):
        feats.append("teaser question")
    if SECOND_PERSON.search(norm):
        feats.append("addresses the reader")
    if NUMBER_START.match(norm) and not re.match(r"^\s*\d{4}\b", norm):
        feats.append("listicle number")
    if title and TEASER_START.match(norm):
        feats.append("curiosity-gap opening")
    caps = [w for w in re.findall(r"\b[A-Z]{4,}\b", text) if w not in ACRONYM_OK]
    if caps and not text.isupper() and (len(caps) >= 2 or caps[0] in SHOUTED):
        feats.append(f"all-caps '{caps[0]}'")
    if mild and (feats or len(compiled("sensational", extra).findall(norm)) >= 2):
        # A single dramatic word is ordinary headline style; with another device it is hype.
        feats.insert(0, f"sensational word '{mild.group(0)}'")
    return feats


class ClickbaitHeadline(Check):
    code = "STY002"
    name = "clickbait-headline"
    category = "style"
    severity = Severity.WARNING
    summary = "A title or heading uses clickbait devices (sensational words, teasers, '!')."
    why = "Clickbait promises more than the article delivers and erodes trust in it."
    fix_hint = "State the news plainly: who did what, where and when."
    examples = [
        Example("Shocking Secret Deal: Leaders Forge Alliance!\n\nThe leaders met.\n", True),
        Example("You won't believe what the mayor said next\n\nThe mayor spoke.\n", True),
        Example("Mayor approves new city budget\n\nThe mayor signed it on Monday.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        extra = tuple(ctx.config.rules_path)
        for block in doc.blocks:
            if block.kind != "heading":
                continue
            title = _is_title(doc, block)
            feats = clickbait_features(block.text, title=title, extra=extra)
            if not feats:
                continue
            what = "Title" if title else "Heading"
            yield ctx.at_block(
                block,
                0,
                len(block.text),
                f"{what} reads as clickbait ({'; '.join(feats)}); teasers and hype promise "
                "more than the article delivers. State the news plainly.",
                severity=Severity.WARNING if title else Severity.INFO,
            )


def _is_title(doc: Document, block: Block) -> bool:
    """The first block, an H1, or a heading that opens a blank-line-separated section."""
    if block.index == 0 or block.level == 1:
        return True
    if doc.format != "txt" or block.style != "plain":
        return False
    prev = doc.blocks[block.index - 1]
    nxt = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    # A pasted-in title opens a new section whose body follows without a blank line.
    opens_section = nxt is not None and nxt.paragraph == block.paragraph
    return prev.paragraph != block.paragraph and opens_section and len(block.text.split()) >= 5


CHECKS = [Cliche, ClickbaitHeadline]
