"""Readability: document grade against a target, hard and long sentences, passive voice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from ..document import IS_WORD
from ..lexicons import lexicon
from ..model import Finding, Severity
from ..readability_metrics import metrics, sentence_grade
from .base import Check, Context, Example

if TYPE_CHECKING:
    from ..document import Document, Sentence

TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
BE = frozenset(
    [
        "am",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "get",
        "gets",
        "got",
        "getting",
        "gotten",
    ]
)
ADVERB_EXCEPTIONS = frozenset(
    [
        "only",
        "early",
        "family",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "likely",
        "july",
        "italy",
        "reply",
        "apply",
        "supply",
        "rely",
        "ally",
        "holy",
        "ugly",
        "fly",
        "july",
        "belly",
        "jelly",
        "bully",
        "folly",
        "rally",
        "sally",
        "silly",
        "lovely",
        "lonely",
        "friendly",
        "elderly",
        "costly",
        "deadly",
        "orderly",
        "quarterly",
        "hourly",
        "nightly",
        "kindly",
    ]
)


def body_text(doc: Document) -> tuple[str, int]:
    """Text of non-heading blocks and the number of their sentences."""
    blocks = [b for b in doc.blocks if b.kind != "heading"]
    sentences = sum(len(b.sentences) for b in blocks)
    return "\n".join(b.text for b in blocks), sentences


def document_metrics(doc: Document) -> dict[str, float]:
    """Readability indices, or {} when the text has no sentence punctuation to count on."""
    cached = doc.model_doc_cache.get("readability")
    if cached is not None:
        return cached
    text, n = body_text(doc)
    punctuated = sum(
        1 for s in doc.sentences if s.block.kind != "heading" and TERMINAL.search(s.text)
    )
    result = metrics(text, n) if punctuated else {}
    doc.model_doc_cache["readability"] = result
    return result


class ReadingGrade(Check):
    code = "RDB001"
    name = "reading-grade"
    category = "readability"
    severity = Severity.INFO
    summary = "The text reads above its target grade (config 'target-grade', default 9)."
    why = "Text above the audience's reading level loses readers; news aims at grade 8–10."
    fix_hint = "Split long sentences and prefer short, common words."
    options = {"margin": 3.0}
    examples = [
        Example(
            "Notwithstanding considerable institutional reluctance, the intergovernmental "
            "commission ultimately recommended comprehensive administrative reorganisation "
            "encompassing jurisdictional consolidation, procedural harmonisation and "
            "substantially strengthened parliamentary accountability mechanisms.\n",
            True,
        ),
        Example("The cat sat on the mat. It was warm. We fed it fish.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        m = document_metrics(doc)
        if not m:
            ctx.metrics["readability_applicable"] = 0
            return
        ctx.metrics["readability_applicable"] = 1
        ctx.metrics.update(m)
        target = float(ctx.config.target_grade)
        grades = {
            "Flesch–Kincaid grade": m["flesch_kincaid_grade"],
            "Gunning fog": m["gunning_fog"],
            "Coleman–Liau index": m["coleman_liau_index"],
        }
        name, grade = max(grades.items(), key=lambda kv: kv[1])
        consensus = sorted(grades.values())[1]
        if consensus <= target + float(ctx.option("margin")):
            return
        yield ctx.at_document(
            doc,
            f"Reads at grade {consensus:.1f} (median of three indices; {name} {grade:.1f}) "
            f"against a target of {target:g}; dense text loses readers. Shorten sentences "
            "and prefer common words.",
            severity=Severity.INFO,
        )


def _words(s: Sentence) -> int:
    return sum(map(IS_WORD, s.tokens))


class HardSentence(Check):
    code = "RDB002"
    name = "hard-sentence"
    category = "readability"
    severity = Severity.INFO
    summary = "A sentence is very hard to read (Hemingway-style grade far above the target)."
    why = "One very hard sentence can stop a reader; Hemingway marks these in red."
    fix_hint = "Split the sentence or simplify its words."
    options = {"very-hard-grade": 20.0, "min-words": 15}
    examples = [
        Example(
            "The administration's comprehensive reorganisation, encompassing jurisdictional "
            "consolidation, procedural harmonisation, budgetary rationalisation and "
            "substantially strengthened parliamentary accountability, was unprecedented.\n",
            True,
        ),
        Example("The plan was simple. Everyone liked it.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        limit = float(ctx.option("very-hard-grade"))
        min_words = int(ctx.option("min-words"))
        for s in doc.sentences:
            n = _words(s)
            if s.block.kind == "heading" or n < min_words:
                continue
            grade = sentence_grade(s.text, n)
            if grade >= limit:
                yield ctx.at_sentence(
                    s,
                    f"Very hard sentence (grade {grade:.0f}, {n} words); readers lose the thread. "
                    "Split it or use simpler words.",
                )


class LongSentence(Check):
    code = "RDB003"
    name = "long-sentence"
    category = "readability"
    severity = Severity.INFO
    summary = "A sentence is longer than the configured limit (default 45 words)."
    why = "Long sentences bury the point and tire the reader."
    fix_hint = "Split the sentence into two or three."
    options = {"max-words": 45}
    examples = [
        Example(
            "The council said on Tuesday that it would review the plan again next year "
            "because residents had asked for more time to respond, and because the budget "
            "for the work had not yet been agreed by the finance committee, which meets in "
            "the spring to set the spending for the year ahead.\n",
            True,
        ),
        Example("A short sentence.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        limit = int(ctx.option("max-words"))
        for s in doc.sentences:
            n = _words(s)
            if s.block.kind != "heading" and n > limit:
                yield ctx.at_sentence(
                    s,
                    f"Sentence of {n} words (limit {limit}); long sentences bury the point. "
                    "Split it.",
                )


class LongParagraph(Check):
    code = "RDB004"
    name = "long-paragraph"
    category = "readability"
    severity = Severity.INFO
    summary = "A paragraph is longer than the configured limit (default 200 words)."
    why = "Walls of text are skipped, especially on phones."
    fix_hint = "Break the paragraph where the topic shifts."
    options = {"max-words": 200}
    examples = [
        Example(("This is a sentence of ten words in a row. " * 22) + "\n", True),
        Example("A short paragraph.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        limit = int(ctx.option("max-words"))
        for block in doc.blocks:
            n = sum(1 for t in block.tokens if t.is_word)
            if block.kind != "heading" and n > limit:
                yield ctx.at_block(
                    block,
                    0,
                    len(block.text),
                    f"Paragraph of {n} words (limit {limit}); walls of text get skipped. "
                    "Break it where the topic shifts.",
                )


@cache
def _participles() -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(w.lower() for w in lexicon("participles")),
        frozenset(w.lower() for w in lexicon("adjectival_participles")),
    )


def passive_spans(s: Sentence) -> list[tuple[int, int]]:
    """Rule-based passive voice: a form of 'be' or 'get', optional adverbs, a past participle."""
    irregular, adjectival = _participles()
    toks = s.tokens
    out = []
    for i, t in enumerate(toks):
        if t.lower not in BE:
            continue
        j = i + 1
        while j < len(toks) and (
            toks[j].lower.endswith("ly") or toks[j].lower in {"not", "n't", "also", "being", "been"}
        ):
            j += 1
        if j >= len(toks):
            continue
        w = toks[j].lower
        participle = w in irregular or (w.endswith("ed") and len(w) > 3)
        if not participle or w in adjectival or (w.startswith("un") and w.endswith("ed")):
            continue
        if w in {"been"}:
            continue
        out.append((t.start, toks[j].end))
    return out


class PassiveVoice(Check):
    code = "RDB005"
    name = "passive-voice"
    category = "readability"
    severity = Severity.INFO
    summary = "Passive voice hides who did what ('mistakes were made')."
    why = "Active sentences are shorter and say who acted; passives can hide responsibility."
    fix_hint = "Name the actor and make it the subject."
    options = {"max-share": 0.25}
    examples = [
        Example("The decision was taken by the board.\n", True),
        Example("The window was broken during the night.\n", True),
        Example("He got fired after the audit.\n", True),
        Example("She was tired after the match.\n", False),
        Example("He is interested in politics.\n", False),
        Example("The board took the decision.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        passives = 0
        body = 0
        found = []
        for s in doc.sentences:
            if s.block.kind == "heading":
                continue
            body += 1
            spans = passive_spans(s)
            if spans:
                passives += 1
                found.append((s, spans[0]))
        ctx.metrics["passive_sentence_share"] = passives / body if body else 0.0
        for s, (a, b) in found:
            yield ctx.at_block(
                s.block,
                a,
                b,
                f"Passive voice ('{s.block.text[a:b]}'); it can hide who acted. Name the actor "
                "as the subject.",
            )


class AdverbDensity(Check):
    code = "RDB006"
    name = "adverb-density"
    category = "readability"
    severity = Severity.INFO
    summary = "Too many -ly adverbs in a paragraph (default over 5 per 100 words)."
    why = "Piled-up adverbs weaken verbs and pad sentences."
    fix_hint = "Choose stronger verbs and cut the adverbs."
    options = {"max-per-100-words": 5.0, "min-words": 30}
    examples = [
        Example(
            "He quickly and quietly walked really slowly and carefully, deliberately and "
            "nervously glancing anxiously and constantly at the incredibly dark and strangely "
            "silent street, which was extremely cold and utterly empty that night.\n",
            True,
        ),
        Example(
            "He walked to the station and took the train home. The street was dark and cold, "
            "and nobody was out that night. He read the paper and went to bed.\n",
            False,
        ),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        limit = float(ctx.option("max-per-100-words"))
        min_words = int(ctx.option("min-words"))
        total_adv = total_words = 0
        for block in doc.blocks:
            words = [t for t in block.tokens if t.is_word]
            adverbs = [
                t for t in words
                if t.lower.endswith("ly") and len(t.lower) > 4 and t.lower not in ADVERB_EXCEPTIONS
                and not t.text[:1].isupper()
            ]  # fmt: skip
            total_adv += len(adverbs)
            total_words += len(words)
            if block.kind == "heading" or len(words) < min_words:
                continue
            rate = 100 * len(adverbs) / len(words)
            if rate > limit:
                yield ctx.at_block(
                    block,
                    adverbs[0].start,
                    adverbs[-1].end,
                    f"{len(adverbs)} adverbs in {len(words)} words ({rate:.0f} per 100); they "
                    "weaken the verbs. Cut them or pick stronger verbs.",
                )
        ctx.metrics["adverbs_per_100_words"] = 100 * total_adv / total_words if total_words else 0.0


CHECKS = [ReadingGrade, HardSentence, LongSentence, LongParagraph, PassiveVoice, AdverbDensity]
