"""Promo and boilerplate: calls to action, embed residue, keyword lists, off-topic lines, shouting."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..document import IS_WORD
from ..lexicons import finditer as lex_finditer
from ..lexicons import lexicon
from ..model import Finding, Fix, Severity
from ..textutil import QUOTE_MARK, STOP, block_content, normalise
from .base import Check, Context, Example

if TYPE_CHECKING:
    from ..document import Block, Document

LABEL_AFTER = re.compile(r"\s*(?:[:|»›>]|-{1,2}\s|–|—)")
CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’]*[A-Z]\b")
PIC_TWITTER = re.compile(r"\bpic\.twitter\.com/\w+", re.IGNORECASE)
TCO = re.compile(r"\bhttps?://t\.co/\w+", re.IGNORECASE)
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
SIGNATURE = re.compile(
    r"^[—–-]\s*[^()\n]{1,60}\(@\w{1,15}\)\s*" + MONTH + r"\.?\s+\d{1,2},\s+\d{4}\s*$"
)
INSTAGRAM = re.compile(
    r"\bview this (?:post|profile) on instagram\b|\ba (?:post|photo|video) shared by\b[^\n]{0,80}"
    r"\(@[\w.]{1,30}\)",
    re.IGNORECASE,
)
YOUTUBE = re.compile(r"\bwatch (?:this video )?on youtube\b", re.IGNORECASE)
AUX = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "says",
        "said",
        "say",
    ]
)
EDGE = 3  # blocks at either end of the article where sign-off CTAs are expected
CROSS_PROMO = re.compile(
    r"\b(?:you (?:may|might) (?:also )?like|also read|read (?:more|next|also)|related|"
    r"recommended|don'?t miss|must (?:read|watch)|trending|watch|more stories|top stories|"
    r"popular now)\b",
    re.IGNORECASE,
)
BULLET = re.compile(r"^\s*(?:[-*•–—]\s*)")


def _word_count(block: Block) -> int:
    return sum(map(IS_WORD, block.tokens))


def _delete_lines(doc: Document, block: Block) -> Fix:
    start, end = doc.line_span(block.line, block.end_line)
    return Fix(start, end, "")


def _lines_text(block: Block) -> str:
    a, b = block.line, block.end_line
    return f"line {a}" if a == b else f"lines {a}–{b}"


def _is_shouting(text: str, min_run: int = 4) -> bool:
    return _caps_run(text) >= min_run


def _caps_run(text: str) -> int:
    best = run = 0
    for word in re.findall(r"[A-Za-z'’]+|\d+", text):
        if len(word) >= 2 and word.isupper():
            run += 1
            best = max(best, run)
        elif word.isdigit():
            continue
        else:
            run = 0
    return best


def cta_spans(block: Block, extra: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """Calls to action in ``block``, computed once per block and document (see _cta_spans)."""
    cache = block.document.model_doc_cache.setdefault(("cta", extra), {}) if block.document else {}
    if block.index not in cache:
        cache[block.index] = _cta_spans(block, extra)
    return cache[block.index]


def _cta_spans(block: Block, extra: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """Calls to action in ``block``: (start, end, signal) in block-text offsets.

    A lexicon phrase counts only in a CTA-shaped place: within the first three words of a
    short block (≤ 25 words) or as a label ("Read more:"), or anywhere in a block of at
    most 12 words. Quoted speech is never a CTA.
    """
    text = block.text
    if QUOTE_MARK.search(text) or SIGNATURE.match(text.strip()):
        return []  # quoted speech and embed signatures are not calls to action
    words = _word_count(block)
    body_start = BULLET.match(text).end() if BULLET.match(text) else 0
    out = []
    for m in lex_finditer("cta", text, extra):
        before = len(re.findall(r"\w+", text[body_start : m.start()]))
        label = bool(LABEL_AFTER.match(text, m.end()))
        multiword = len(m.group(0).split()) >= 2
        if block.kind == "heading" and not (
            label or _is_shouting(text) or (before == 0 and multiword)
        ):
            continue  # "Five things to watch" is a headline, not a CTA
        if not multiword and not (before == 0 and (words <= 25 or label)):
            continue  # one generic word ("watch", "related") counts only when it opens the line
        if (before <= 2 and (words <= 25 or label)) or words <= 12:
            out.append((m.start(), m.end(), f"call-to-action phrase '{m.group(0)}'"))
            break
    if out:
        return out
    # Structural CTA: an imperative opening a short line, with a promo hook word.
    if words <= 25 and len(block.sentences) <= 2 and not text.rstrip().endswith("?"):
        first = re.match(r"[\w'’]+", text[body_start:])
        if first:
            verb = first.group(0).lower().replace("’", "'")
            nouns = set(lexicon("promo_nouns", extra))
            lowered = {w.lower() for w in re.findall(r"[\w'-]+", text)}
            hooks = (lowered & nouns) - {"here", "now", "today", "your", "our"}
            strong = lowered & {"our", "your"}
            if verb in set(lexicon("cta_verbs", extra)) and hooks and strong:
                start = body_start + first.start()
                out.append((start, len(text), f"imperative '{first.group(0)}' with promo hook"))
    return out


class CallToAction(Check):
    code = "PRO001"
    name = "call-to-action"
    category = "promo"
    severity = Severity.WARNING
    summary = "A call to action or cross-promotion sits in the article body."
    why = (
        "'You may also like', 'Subscribe', 'Click here' lines are page furniture that leaked "
        "into the text; they interrupt the story and mark scraped or padded copy."
    )
    fix_hint = "Delete the line (safe automatic fix)."
    examples = [
        Example("The talks ended on Friday.\n\nYOU MAY ALSO LIKE: Ten Gadgets For Summer\n", True),
        Example(
            "Officials met on Monday.\n\nSign up for our newsletter to get weekly updates.\n", True
        ),
        Example("Grab your free copy of our budgeting ebook today\n\nThe bank cut rates.\n", True),
        Example(
            "The report runs to 300 pages. Readers can read more about it in the report itself, "
            "which the ministry published on Tuesday.\n",
            False,
        ),
        Example(
            "The company said its newsletter reached two million readers last year, up from "
            "one million.\n",
            False,
        ),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        extra = tuple(ctx.config.rules_path)
        n = len(doc.blocks)
        cta_counts = Counter(normalise(b.text) for b in doc.blocks if cta_spans(b, extra))
        for block in doc.blocks:
            spans = cta_spans(block, extra)
            if not spans:
                continue
            start, end, signal = spans[0]
            shouting = _is_shouting(block.text)
            mid = EDGE <= block.index < n - EDGE
            cross_promo = bool(CROSS_PROMO.search(block.text))
            repeated = cta_counts[normalise(block.text)] > 1
            neighbours = [doc.blocks[i] for i in (block.index - 1, block.index + 1) if 0 <= i < n]
            inserted = cross_promo and any(_title_shaped(b.text) for b in [block, *neighbours])
            if shouting or (mid and inserted):
                sev = Severity.ERROR  # an inserted "you may also like: <headline>" in the story
            elif repeated or (mid and cross_promo):
                sev = Severity.WARNING
            else:
                sev = Severity.INFO  # one sign-off or service line
            where = "mid-article" if mid else "at the edge of the article"
            yield ctx.at_block(
                block,
                start,
                end,
                f"Promo insertion ({signal}{', in capitals' if shouting else ''}, {where}); "
                "calls to action do not belong in the story. A fix deletes "
                f"{_lines_text(block)}.",
                severity=sev,
                fix=_delete_lines(doc, block),
            )


def _embed_signals(block: Block) -> list[tuple[int, int, str]]:
    text = block.text
    lower = text.lower()
    out = []
    # Each pattern needs its literal (checked cheaply first: most blocks hold none).
    for rx, needs, label in ((PIC_TWITTER, ("twitter",), "tweet image link"),
                             (TCO, ("t.co/",), "t.co link"),
                             (INSTAGRAM, ("instagram", "shared by"), "Instagram embed text"),
                             (YOUTUBE, ("youtube",), "YouTube embed text")):  # fmt: skip
        if not any(n in lower for n in needs):
            continue
        m = rx.search(text)
        if m:
            out.append((m.start(), m.end(), label))
    m = SIGNATURE.match(text.strip()) if "(@" in text else None
    if m:
        out.append((0, len(text), "tweet signature line"))
    return out


class EmbedResidue(Check):
    code = "PRO002"
    name = "embed-residue"
    category = "promo"
    severity = Severity.WARNING
    summary = "Leftovers of a social-media embed (pic.twitter.com links, tweet signatures)."
    why = (
        "When an embed is scraped as text, its link and '— Name (@handle) date' line remain; "
        "one is common in news, repeated residue marks copy-pasted content."
    )
    fix_hint = "Replace the residue with a proper quote and attribution, or delete it."
    examples = [
        Example(
            "The minister arrived late.\n\nWe are here. pic.twitter.com/AbCdEf1234\n"
            "— Jane Doe (@janedoe) March 3, 2024\n\nWe are here. pic.twitter.com/AbCdEf1234\n"
            "— Jane Doe (@janedoe) March 3, 2024\n",
            True,
        ),
        Example(
            "The minister posted a photo of the meeting on Twitter, writing that talks had "
            "been productive.\n",
            False,
        ),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        hits = []
        for block in doc.blocks:
            for start, end, label in _embed_signals(block):
                hits.append((block, start, end, label))
        if not hits:
            return

        def key(block: Block) -> str:
            # A signature repeats legitimately (two tweets, one account, one day); the pair
            # of tweet text and signature does not.
            text = normalise(block.text)
            if SIGNATURE.match(block.text.strip()) and block.index > 0:
                text = normalise(doc.blocks[block.index - 1].text) + " " + text
            return text

        keys = Counter(key(b) for b in {id(b): b for b, *_ in hits}.values())
        # Different tweets embedded in one story are normal; the same embed twice is not.
        repeated = any(c > 1 for c in keys.values())
        for block, start, end, label in hits:
            again = keys[key(block)] > 1
            sev = Severity.WARNING if repeated else Severity.INFO
            note = "repeated embed residue" if again else "embed residue"
            yield ctx.at_block(
                block,
                start,
                end,
                f"{note.capitalize()} ({label}); scraped embed markup is not article text. "
                f"Quote the post properly or delete it (a fix deletes {_lines_text(block)}).",
                severity=sev,
                fix=_delete_lines(doc, block) if repeated else None,
            )


def keyword_list(block: Block) -> bool:
    """A comma-separated run of short keyword phrases with no verb (leaked SEO tags)."""
    text = block.text.strip()
    if text.endswith((".", "?", "!", ":", ";")) or ":" in text or "(" in text:
        return False
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 3 or any(not p for p in parts):
        return False
    if re.match(r"(?:and|or|&)\b", parts[-1], re.IGNORECASE):
        return False  # a natural enumeration ("…, Jones and Brown")
    sizes = [len(p.split()) for p in parts]
    if max(sizes) > 6 or sum(1 for s in sizes if s >= 2) < 2:
        return False
    if all(w[:1].isupper() or w[:1].isdigit() for p in parts for w in p.split()):
        return False  # a list of names ("Barcelona, Bayern Munich, Porto")
    if re.search(r"\d|_| -- | – ", text):
        return False  # dates, handles and schedules are data, not tags
    words = [w.lower().strip("'’") for p in parts for w in p.split()]
    if any(w in AUX for w in words):
        return False
    stop_share = sum(1 for w in words if w in STOP) / len(words)
    return stop_share <= 0.12


class KeywordList(Check):
    code = "PRO003"
    name = "keyword-list"
    category = "promo"
    severity = Severity.WARNING
    summary = "A line is a bare comma-separated list of keyword phrases (leaked SEO tags)."
    why = "Tag and keyword lists are metadata for search engines, not sentences for readers."
    fix_hint = "Delete the line (safe automatic fix)."
    examples = [
        Example(
            "Budget talks stall\n\nUK budget news, Treasury spending review, tax rise plans\n\n"
            "The Treasury said talks would resume.\n",
            True,
        ),
        Example("The squad includes Smith, Jones, Brown and Taylor.\n", False),
        Example("Apples, pears, plums and cherries were on sale.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for block in doc.blocks:
            if keyword_list(block):
                yield ctx.at_block(
                    block,
                    0,
                    len(block.text),
                    "Keyword list with no verb (leaked SEO tags); readers see metadata, not "
                    f"prose. Delete it (a fix deletes {_lines_text(block)}).",
                    fix=_delete_lines(doc, block),
                )


class OffTopicInsertion(Check):
    code = "PRO004"
    name = "off-topic-insertion"
    category = "promo"
    severity = Severity.WARNING
    summary = "A short line shares almost no content words with the rest of the article."
    why = (
        "Unrelated headlines dropped into a story (cross-promotion, 'trending' links) "
        "break the reader's flow and are usually promo."
    )
    fix_hint = "Delete the line or move it out of the article body."
    options = {"max-overlap": 0.1, "max-words": 30}
    examples = [
        Example(
            "Rail strike talks\n\nRail unions and train operators met on Monday to discuss pay. "
            "The unions said the rail talks were constructive and more train talks are "
            "planned. Operators said pay offers for rail staff would be reviewed by Friday. "
            "Passengers face more train cancellations if the rail talks fail.\n\n"
            "Haunted Mansion Ghost Hunters Share Spooky Basement Footage\n\n"
            "Rail operators said talks with unions would continue next week over pay.\n",
            True,
        ),
        Example(
            "Rail strike talks\n\nRail unions and train operators met on Monday to discuss pay. "
            "The unions said the rail talks were constructive.\n\nPay Talks Resume Next Week\n\n"
            "Operators said pay offers for rail staff would be reviewed by Friday.\n",
            False,
        ),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.words < 60:
            return
        extra = tuple(ctx.config.rules_path)
        bags = [block_content(doc, b) for b in doc.blocks]
        totals: Counter[str] = Counter()
        for bag in bags:
            totals.update(bag)
        max_words = int(ctx.option("max-words"))
        limit = float(ctx.option("max-overlap"))
        for block, bag in zip(doc.blocks, bags, strict=True):
            if block.index == 0 or len(bag) < 5 or _word_count(block) > max_words:
                continue
            shared = sum(1 for w in bag if totals[w] > 1)
            overlap = shared / len(bag)
            if overlap > limit:
                continue
            if (
                _embed_signals(block)
                or block.text.strip().startswith("(")
                or re.search(r"\d", block.text)
            ):
                continue  # embeds, credit lines and listings are handled elsewhere or are data
            headline = _title_shaped(block.text)
            cta = bool(cta_spans(block, extra))
            neighbours = [doc.blocks[i] for i in (block.index - 1, block.index + 1)
                          if 0 <= i < len(doc.blocks)]  # fmt: skip
            near_cta = any(cta_spans(b, extra) for b in neighbours)
            if not (headline or cta or near_cta):
                continue
            why = "headline-shaped" if headline else "next to a call to action"
            sev = Severity.WARNING if (cta or near_cta) else Severity.INFO
            yield ctx.at_block(
                block,
                0,
                len(block.text),
                f"Off-topic insertion ({why}; shares {overlap:.0%} of its content words with "
                "the article); an unrelated line breaks the story. Delete it (a fix deletes "
                f"{_lines_text(block)}).",
                severity=sev,
                fix=_delete_lines(doc, block),
            )


def _title_shaped(text: str) -> bool:
    stripped = text.strip()
    if stripped.endswith(".") or stripped.count(",") >= 2:
        return False  # sentences and lists of names are not headlines
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    content = [w for w in words if w.lower() not in STOP]
    if len(content) < 3:
        return False
    return sum(1 for w in content if w[0].isupper()) / len(content) >= 0.7


class Shouting(Check):
    code = "PRO005"
    name = "shouting"
    category = "promo"
    severity = Severity.INFO
    summary = "A run of four or more words in capitals in body text (a warning from seven words)."
    why = "All-caps runs shout at the reader and are typical of ads and promo inserts."
    fix_hint = "Use sentence case; keep capitals for acronyms (NATO, BBC)."
    options = {"min-run": 4, "warning-run": 7}
    examples = [
        Example("Prices rose. DO NOT MISS THIS AMAZING OFFER today.\n", True),
        Example("Prices rose. See THE LEGEND OF ZELDA review.\n", True),
        Example("The NATO and UN officials met the BBC and CNN crews.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        min_run = int(ctx.option("min-run"))
        pattern = re.compile(r"(?:\b[A-Z][A-Z'’]*[A-Z]\b[\s,.!?:;-]*){" + str(min_run) + ",}")
        for block in doc.blocks:
            if block.kind == "heading":
                continue
            for m in pattern.finditer(block.text):
                caps = CAPS_WORD.findall(m.group(0))
                if max(len(w) for w in caps) < 4:
                    continue  # a row of short acronyms
                end = m.start() + len(m.group(0).rstrip(" \t,.!?:;-"))
                loud = len(caps) >= int(ctx.option("warning-run"))
                yield ctx.at_block(
                    block,
                    m.start(),
                    end,
                    f"{len(caps)} words in capitals; shouting reads as an advert. Use sentence "
                    "case.",
                    severity=Severity.WARNING if loud else Severity.INFO,
                )
                break


CHECKS = [CallToAction, EmbedResidue, KeywordList, OffTopicInsertion, Shouting]
