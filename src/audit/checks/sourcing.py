"""Sourcing: speculation with no source, vague attribution and unsupported certainty.

Attribution rule: a sentence is *attributed* when it, or the sentence before or after it
in the same paragraph, carries a quotation with a speaker, "according to <named source>",
"<named source> said/told/…", a link or URL, a citation marker ([1]) or a named document
("a 2019 study published in the journal Circulation"). Vague sources ("analysts",
"experts", "some say") never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ..lexicons import finditer as lex_finditer
from ..lexicons import key_words, lexicon, word_set
from ..model import Finding, Severity
from ..textutil import QUOTE_MARK, STOP
from .base import Check, Context, Example

if TYPE_CHECKING:
    from ..document import Document, Sentence, Token

URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+\.\w{2,}", re.IGNORECASE)
CITATION = re.compile(r"\[(?:\d{1,3}|[a-z]|citation[^\]]*|note \d+)\]|\^\d+|[¹²³⁴⁵⁶⁷⁸⁹]")
QUOTE = re.compile(r"[\"“][^\"“”]{12,}[\"”]|‘[^‘’]{12,}’")
DOCUMENT_NOUNS = (
    "study report analysis survey paper poll review audit census data figures statistics "
    "filing statement memo letter outlook inquiry investigation"
).split()
DOCUMENT = re.compile(
    r"\b(?:" + "|".join(DOCUMENT_NOUNS) + r")\b[^.;]{0,60}?\b"
    r"(?:published|released|issued|produced|commissioned|conducted|compiled|by|from|in)\s+"
    r"(?:the\s+)?(?:journal\s+|magazine\s+|newspaper\s+)?[A-Z][\w&'’.-]+",
)
ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
# Words without which the patterns above cannot match (skips most sentences cheaply).
URL_WORDS = frozenset({"http", "https", "www"})
DOCUMENT_WORDS = frozenset(DOCUMENT_NOUNS)
PRONOUNS = frozenset({"he", "she", "i", "we", "they", "it"})
ROLE_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our"})
MONTH_MAY = re.compile(
    r"\bMay\b(?=\s+(?:\d|of\b|and\b|,|\.|20\d\d))|\b(?:in|since|until|early|late|mid|last|next|this|by)\s+May\b"
)


@dataclass
class SentenceSourcing:
    """What one sentence says about its sources."""

    speculative: list[tuple[int, int, str]] = field(default_factory=list)
    certainty: list[tuple[int, int, str]] = field(default_factory=list)
    vague: list[tuple[int, int, str]] = field(default_factory=list)
    weasel: list[tuple[int, int, str]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    own_attribution: bool = False
    attributed: bool = False


@cache
def _words(name: str, extra: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t.lower() for t in lexicon(name, extra))


def _is_name(tok: Token, first: bool) -> bool:
    t = tok.text
    if not t[:1].isupper() or not tok.is_word:
        return False
    low = tok.lower
    if low in STOP or low in _words("vague_nouns", ()) or low in PRONOUNS:
        return False
    return not (first and low in COMMON_OPENERS)


BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being", "widely", "often"])
STRONG_VERBS = frozenset(
    ["said", "says", "told", "tells", "announced", "announces", "wrote", "tweeted", "testified"]
)
CLAUSE_OPENERS = frozenset({"that", ",", ".", ":", "“", '"', "‘"})

COMMON_OPENERS = frozenset(
    [
        "but",
        "and",
        "so",
        "yet",
        "also",
        "however",
        "meanwhile",
        "moreover",
        "furthermore",
        "additionally",
        "while",
        "although",
        "though",
        "because",
        "since",
        "if",
        "when",
        "where",
        "after",
        "before",
        "as",
        "despite",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "some",
        "many",
        "most",
        "several",
        "such",
        "both",
        "either",
        "neither",
        "each",
        "every",
        "all",
        "any",
        "no",
        "analysts",
        "experts",
        "observers",
        "critics",
        "officials",
        "sources",
        "insiders",
        "reports",
        "studies",
        "research",
        "people",
        "others",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ]
)


GROUP_PRONOUNS = frozenset({"some", "many", "others", "most", "few"})
AUXILIARIES = frozenset({"have", "has", "had", "would", "will", "might", "may", "could"})


def _group_subject(tokens: list[Token], i: int) -> bool:
    """'some have suggested', 'others argue': an unnamed group reports, whatever follows."""
    j = i - 1
    if j >= 0 and tokens[j].lower in AUXILIARIES:
        j -= 1
    return j >= 0 and tokens[j].lower in GROUP_PRONOUNS


def _subject_window(tokens: list[Token], i: int) -> tuple[list[Token], list[Token]]:
    """Tokens before the verb back to the clause start, and after it to the clause end."""
    before: list[Token] = []
    for tok in reversed(tokens[:i]):
        if tok.text in {",", ";", ":", "“", "”", '"', "—", "–", "(", ")"}:
            break
        if tok.lower in CLAUSE_JOINERS and before:
            break  # "the Soviet Union and some have suggested": the subject is "some"
        before.insert(0, tok)
        if len(before) >= 8:
            break
    after: list[Token] = []
    for tok in tokens[i + 1 :]:
        if tok.text in {",", ";", ":", ".", "“", "”", '"', "—", "–", "(", ")"}:
            break
        after.append(tok)
        if len(after) >= 6:
            break
    return before, after


def _classify(window: list[Token], sentence_start: Token, extra) -> tuple[str, str]:
    """('named'|'pronoun'|'role'|'vague'|'none', name) for a candidate source phrase."""
    vague = _words("vague_nouns", extra)
    names = [t for t in window if _is_name(t, t is sentence_start)]
    lows = [t.lower for t in window]
    if names:
        return "named", " ".join(t.text for t in names)
    if any(w in vague for w in lows):
        return "vague", ""
    if any(w in PRONOUNS for w in lows):
        return "pronoun", ""
    if any(w in ROLE_DETERMINERS for w in lows) and any(
        t.is_word and t.lower not in STOP for t in window
    ):
        return "role", " ".join(t.text for t in window if t.lower not in STOP)
    return "none", ""


CUE_LEXICONS = ("hedges", "certainty", "vague_sources", "weasels")


def analyse_sentence(s: Sentence, extra: tuple[str, ...] = ()) -> SentenceSourcing:
    """Cues, vague sources and own attribution of one sentence."""
    out = SentenceSourcing()
    text = s.text
    words = word_set(text)
    may_month = {m.start() for m in MONTH_MAY.finditer(text)} if "may" in words else set()
    # Most sentences hold no word of any cue lexicon: one test skips all four.
    cue_words = key_words(CUE_LEXICONS, extra)
    cues = cue_words is None or not cue_words.isdisjoint(words)
    for m in lex_finditer("hedges", text, extra) if cues else ():
        if m.group(0) == "May" and (m.start() in may_month or m.start() > 0):
            # Capital "May" mid-sentence is the month (or a name), not the modal.
            if m.start() > 0 or m.start() in may_month:
                continue
        if m.group(0).isupper() and len(m.group(0)) > 1:
            continue  # "YOU MAY ALSO LIKE" is a slogan, not a hedge
        if NOT_SPECULATIVE.match(text, m.end()) and m.group(0).lower() in {"could", "might"}:
            continue  # "could not compensate": past ability, not a guess
        out.speculative.append((m.start(), m.end(), m.group(0)))
    for m in lex_finditer("certainty", text, extra) if cues else ():
        out.certainty.append((m.start(), m.end(), m.group(0)))
    for m in lex_finditer("vague_sources", text, extra) if cues else ():
        out.vague.append((m.start(), m.end(), m.group(0)))
    for m in lex_finditer("weasels", text, extra) if cues else ():
        if any(a <= m.start() < b for a, b, _ in out.vague):
            continue
        if m.group(0).lower() in QUANTIFIERS and not _vague_quantifier(text, m):
            continue
        out.weasel.append((m.start(), m.end(), m.group(0)))
    tokens = s.tokens
    base = s.start
    verbs = _words("reporting_verbs", extra)
    first = tokens[0] if tokens else None
    vague_noun_hits = []
    candidates = (
        [i for i, t in enumerate(tokens) if t.lower in verbs] if not verbs.isdisjoint(words) else []
    )
    for i in candidates:
        tok = tokens[i]
        pos = tok.start - base
        if tok.text[:1].isupper() and i > 0:
            continue
        if i and tokens[i - 1].lower in BE_FORMS:
            continue  # "is said to", "was reported": passive, nobody named
        if tok.lower not in STRONG_VERBS and not _group_subject(tokens, i):
            # "adds a layer", "maintained a relationship": only a clause, a quote or an
            # inverted attribution ("…, he added.") makes these verbs report speech.
            nxt = tokens[i + 1].text if i + 1 < len(tokens) else "."
            prev = tokens[i - 1].text if i else ""
            inverted = any(t.text in {",", "”", '"', "’"} for t in tokens[max(0, i - 4) : i])
            if nxt.lower() not in CLAUSE_OPENERS and not inverted and prev not in {",", "”", '"'}:
                continue
        before, after = _subject_window(tokens, i)
        kind, name = _classify(before, first, extra)
        if kind in ("none",) and after:
            kind, name = _classify(after, first, extra)
        if kind == "named":
            out.names.append(name)
            out.own_attribution = True
        elif kind in ("pronoun", "role"):
            out.own_attribution = True
        elif kind == "vague":
            window = before or after
            a = window[0].start - base
            b = tok.end - base if before else window[-1].end - base
            vague_noun_hits.append(
                (min(a, pos), max(b, tok.end - base), text[min(a, pos) : max(b, tok.end - base)])
            )
    for m in ACCORDING.finditer(text) if "according" in words else ():
        rest = []
        for t in tokens:
            if t.start - base < m.end():
                continue
            if t.text in {",", ";", ":", ".", "(", ")", "—", "–"} or len(rest) == 6:
                break  # "According to some officials, Ban…": the source ends at the comma
            rest.append(t)
        kind, name = _classify(rest, first, extra) if rest else ("none", "")
        if kind == "named":
            out.names.append(name)
            out.own_attribution = True
        elif kind == "role":
            out.own_attribution = True
        elif kind == "vague":
            vague_noun_hits.append(
                (m.start(), (rest[-1].end - base), text[m.start() : rest[-1].end - base])
            )
    # Markdown and HTML links are collected per block: a linked paragraph sources its sentences.
    if s.block.links or (URL_WORDS & words and URL.search(text)) or CITATION.search(text):
        out.own_attribution = True
    doc_match = DOCUMENT.search(text) if not DOCUMENT_WORDS.isdisjoint(words) else None
    if doc_match:
        out.own_attribution = True
        out.names.append(doc_match.group(0).split()[-1])
    if QUOTE.search(text) and (out.own_attribution or any(t.lower in verbs for t in tokens)):
        out.own_attribution = True
    # "It is alleged that…", "the plan has been questioned": a claim credited to no agent.
    for m in AGENTLESS.finditer(text) if not AGENTLESS_WORDS.isdisjoint(words) else ():
        out.vague.append((m.start(), m.end(), m.group(0)))
    # A sentence whose subject is an unnamed group ("Analysts are…", "Experts now…").
    if tokens and tokens[0].lower in SUBJECT_NOUNS and len(tokens) > 2 and tokens[1].is_word:
        nxt = text[tokens[0].end - base :]
        if not re.match(r"\s+(?:at|from|with|of)\s+(?:the\s+)?[A-Z]", nxt):
            vague_noun_hits.append((0, tokens[1].end - base, text[: tokens[1].end - base]))
    # Vague source nouns found through the verb window add to the lexicon hits.
    seen = {(a, b) for a, b, _ in out.vague}
    for a, b, label in vague_noun_hits:
        if not any(a < y and x < b for x, y in seen):
            out.vague.append((a, b, label))
    if out.own_attribution and out.vague:
        # "Analysts at Barclays said": the vague noun is qualified by a name.
        out.vague = [v for v in out.vague if not _qualified(text, v)]
    return out


SUBJECT_NOUNS = frozenset(
    "analysts experts observers insiders critics pundits commentators sources officials "
    "insiders watchers onlookers".split()
)
CLAUSE_JOINERS = frozenset(
    "and but while whereas although though because that which who whom if when so".split()
)
PASSIVE_CREDIT = "alleged questioned disputed criticised criticized rumoured rumored reputed"
IMPERSONAL_CREDIT = "argued suggested claimed alleged assumed felt hoped feared"
AGENTLESS = re.compile(
    r"\b(?:is|are|was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:"
    + "|".join(PASSIVE_CREDIT.split())
    + r")\b(?!\s+(?:by|in)\b)|\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:"
    + "|".join(IMPERSONAL_CREDIT.split())
    + r")\b(?!\s+by\b)",
    re.IGNORECASE,
)
# Words without one of which AGENTLESS cannot match.
AGENTLESS_WORDS = frozenset(PASSIVE_CREDIT.split() + IMPERSONAL_CREDIT.split())
NOT_SPECULATIVE = re.compile(r"\s*(?:not|n['’]t)\b", re.IGNORECASE)
QUANTIFIERS = frozenset({"some", "many", "most", "several", "numerous", "countless"})
PEOPLE = re.compile(
    r"\s+(?:of\s+(?:the|them|these|those)\s+)?(?:\w+\s+)?(?:people|critics|experts|analysts|"
    r"observers|scholars|historians|commentators|users|fans|supporters|members|residents|"
    r"researchers|scientists|writers|reviewers|sources|believe|say|argue|claim|think|feel|"
    r"contend|suggest|note|consider|regard|see|view)\b",
    re.IGNORECASE,
)


def _vague_quantifier(text: str, m: re.Match) -> bool:
    """'Some say', 'many critics', 'most people': a quantifier standing for unnamed people."""
    if re.match(r"\s+(?:\d|of\s+\d)", text[m.end() :]):
        return False  # "some 300 people": an approximate number
    return m.start() == 0 or bool(PEOPLE.match(text, m.end()))


def _qualified(text: str, span: tuple[int, int, str]) -> bool:
    tail = text[span[1] : span[1] + 40]
    return bool(re.match(r"\s+(?:at|from|with|of)\s+(?:the\s+)?[A-Z]", tail))


def document_sourcing(doc: Document, extra: tuple[str, ...] = ()) -> list[SentenceSourcing]:
    """Per-sentence sourcing with the adjacency rule applied (cached on the document)."""
    key = ("sourcing", extra)
    cached = doc.model_doc_cache.get(key)
    if cached is not None:
        return cached
    results = [
        SentenceSourcing() if _is_heading(s) else analyse_sentence(s, extra) for s in doc.sentences
    ]
    _apply_entities(doc, results)
    for s, r in zip(doc.sentences, results, strict=True):
        r.attributed = r.own_attribution
        if r.attributed:
            continue
        block = s.block
        for nb in (s.index - 1, s.index + 1):
            if 0 <= nb < len(doc.sentences) and doc.sentences[nb].block is block:
                if results[nb].own_attribution:
                    r.attributed = True
    doc.model_doc_cache[key] = results
    return results


def _apply_entities(doc: Document, results: list[SentenceSourcing]) -> None:
    """With a trained pipeline, named entities next to reporting verbs also name sources."""
    if doc.blank_tokens:
        return  # the blank pipeline has no entities
    for s, r in zip(doc.sentences, results, strict=True):
        sdoc = doc.model_doc_cache.get(s.block.index)
        if sdoc is None or not hasattr(sdoc, "ents"):
            continue
        for ent in sdoc.ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            if not (s.start <= ent.start_char < s.end):
                continue
            head = ent.root.head
            if head.lemma_ in {
                "say",
                "tell",
                "report",
                "announce",
                "write",
                "estimate",
                "according",
            }:
                r.names.append(ent.text)
                r.own_attribution = True


def _is_heading(s: Sentence) -> bool:
    return s.block.kind == "heading"


class UnsourcedSpeculation(Check):
    code = "SRC001"
    name = "unsourced-speculation"
    category = "sourcing"
    summary = (
        "A speculative claim ('could', 'may', 'is expected to') with no source nearby; "
        "info alone, warning when vague-attributed or when the article is dense with them."
    )
    why = (
        "Readers cannot judge a forecast or guess that nobody stands behind; content farms "
        "build whole articles from hedged claims with no source."
    )
    fix_hint = 'Name who makes the claim ("the central bank said…"), link the evidence, or cut it.'
    severity = Severity.INFO
    options = {"dense-per-1000-words": 6.0, "max-attributed-share": 0.35, "modal-verbs": True}
    examples = [
        Example("Experts believe the merger could cut thousands of jobs.\n", True),
        Example("The talks may lead to a new alliance in the region.\n", True),
        Example("The central bank said rates could rise next year.\n", False),
        Example("Prices may double, according to the IMF's April outlook.\n", False),
        Example(
            '"We could see more closures before the summer," said Maria Lopez, the '
            "union's regional secretary.\n",
            False,
        ),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        extra = tuple(ctx.config.rules_path)
        results = document_sourcing(doc, extra)
        spec = attributed = 0
        names: set[str] = set()
        body = 0
        flagged: list[tuple[Sentence, SentenceSourcing, list[tuple[int, int, str]]]] = []
        # Reference and technical prose uses bare "may/could" for permission and general
        # possibility ("members may vote"), so that register can switch them off.
        modal_verbs = bool(ctx.option("modal-verbs"))
        for s, r in zip(doc.sentences, results, strict=True):
            if _is_heading(s):
                continue
            body += 1
            names.update(n for n in r.names if n)
            attributed += r.attributed
            cues = r.speculative if modal_verbs else _without_bare_modals(s.text, r.speculative)
            if not cues:
                continue
            spec += 1
            if r.attributed:
                continue
            flagged.append((s, r, cues))
        density = 1000.0 * len(flagged) / max(doc.words, 1)
        share = attributed / body if body else 0.0
        # Hedging is normal in reporting that quotes people; it is a problem where little
        # is attributed at all.
        heavy = density >= float(ctx.option("dense-per-1000-words")) and share < float(
            ctx.option("max-attributed-share")
        )
        for s, r, found in flagged:
            cues = ", ".join(dict.fromkeys(f"'{c[2]}'" for c in found))
            vague = f" and credits it to {r.vague[0][2]!r}" if r.vague else ""
            sev = Severity.WARNING if heavy or r.vague else Severity.INFO
            yield ctx.at_sentence(
                s,
                f"Speculation ({cues}) with no named source{vague}; readers cannot tell who "
                "claims this. Attribute it to a named source, link the evidence, or cut it.",
                severity=sev,
            )
        ctx.metrics["speculative_sentence_share"] = spec / body if body else 0.0
        ctx.metrics["attributed_sentence_share"] = attributed / body if body else 0.0
        ctx.metrics["named_sources"] = len(names)


BARE_MODALS = frozenset({"may", "might", "could"})
MODAL_PERFECT = re.compile(r"\s+(?:well\s+)?have\b", re.IGNORECASE)


def _without_bare_modals(text: str, cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop 'may', 'might', 'could' unless perfect ('may have been': a guess about the past)."""
    return [c for c in cues if c[2].lower() not in BARE_MODALS or MODAL_PERFECT.match(text, c[1])]


class VagueAttribution(Check):
    code = "SRC002"
    name = "vague-attribution"
    category = "sourcing"
    severity = Severity.WARNING
    summary = "A claim credited to unnamed people ('experts say', 'analysts speculate')."
    why = "A vague source cannot be checked; it lends authority without accountability."
    fix_hint = "Name the analyst, expert or study, or say plainly that it is your assessment."
    examples = [
        Example("Experts believe the policy will fail.\n", True),
        Example("Some studies suggest coffee protects the liver.\n", True),
        Example("Analysts at Barclays said the policy would fail.\n", False),
        Example("A 2019 analysis published in the journal Circulation found a link.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        extra = tuple(ctx.config.rules_path)
        for s, r in zip(doc.sentences, document_sourcing(doc, extra), strict=True):
            if _is_heading(s) or not (r.vague or r.weasel):
                continue
            a, b, label = (r.vague or r.weasel)[0]
            sev = Severity.WARNING if r.speculative and not r.attributed else Severity.INFO
            yield ctx.at_block(
                s.block,
                s.start + a,
                s.start + b,
                f"Vague attribution ('{label}'); an unnamed source cannot be checked. Name "
                "the person, organisation or study.",
                severity=sev,
            )


class UnsupportedCertainty(Check):
    code = "SRC003"
    name = "unsupported-certainty"
    category = "sourcing"
    severity = Severity.WARNING
    summary = "A claim asserted as certain ('undoubtedly', 'one thing is clear') with no source."
    why = "Certainty words dress opinion as fact; without evidence they mislead."
    fix_hint = "Give the evidence or source, or state the claim plainly without the booster."
    examples = [
        Example("The deal will undoubtedly reshape the region for decades.\n", True),
        Example("One thing is clear: the market will never be the same.\n", True),
        Example("The ruling is final and cannot be appealed, the court said.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        extra = tuple(ctx.config.rules_path)
        for s, r in zip(doc.sentences, document_sourcing(doc, extra), strict=True):
            if _is_heading(s) or not r.certainty or r.attributed:
                continue
            if QUOTE_MARK.search(s.text):
                continue  # a quoted speaker may be certain
            a, b, cue = r.certainty[0]
            yield ctx.at_block(
                s.block,
                s.start + a,
                s.start + b,
                f"Unsupported certainty ('{cue}'); asserting certainty without evidence dresses "
                "opinion as fact. Give the source or drop the booster.",
            )


class UnsourcedArticle(Check):
    code = "SRC004"
    name = "unsourced-article"
    category = "sourcing"
    severity = Severity.ERROR
    summary = "Speculation dominates the article and no named source backs it."
    why = "An article built on guesses that nobody stands behind is opinion posing as news."
    fix_hint = "Report what named people and documents say, and cut what nobody supports."
    options = {"min-speculative-share": 0.25, "max-named-sources": 0, "min-sentences": 15}
    examples = [
        Example(
            "The summit could change everything. Leaders may agree a pact. Trade might grow. "
            "Prices could fall. Experts believe tension may ease. It remains to be seen what "
            "happens. Analysts speculate a deal is likely. The region may never be the same. "
            "Talks could resume. Tariffs may drop. Markets might rally. Banks could lend more. "
            "Investors may return. Jobs could follow. Growth might pick up. Wages may rise.\n",
            True,
        ),
        Example(
            "The summit ended on Monday, the foreign ministry said. Leaders signed a trade "
            "pact, according to Reuters. Prices fell 2%, the statistics office reported. "
            "Tension eased. The ministry said talks would continue. Trade grew. Exports rose. "
            "Imports fell. Banks lent more. Investors returned. Jobs followed. Growth picked "
            "up. Wages rose. Tariffs dropped. Markets rallied. Talks resumed.\n",
            False,
        ),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        extra = tuple(ctx.config.rules_path)
        results = document_sourcing(doc, extra)
        body = [(s, r) for s, r in zip(doc.sentences, results, strict=True) if not _is_heading(s)]
        if len(body) < int(ctx.option("min-sentences")):
            return
        spec = sum(1 for _, r in body if r.speculative)
        names = {n for _, r in body for n in r.names if n}
        share = spec / len(body)
        if share < float(ctx.option("min-speculative-share")):
            return
        if len(names) > int(ctx.option("max-named-sources")):
            return
        yield ctx.at_document(
            doc,
            f"No named source backs this article: {spec} of {len(body)} sentences ({share:.0%}) "
            "speculate and not one names who says so; it is guesswork posing as news. Report "
            "what named people and documents say.",
        )


VAGUE_QUANTITY = re.compile(
    r"\b(?:some|many|several)\b(?!\s+(?:\d|of\s+\d|time|more))",
    re.IGNORECASE,
)


class VagueQuantity(Check):
    code = "SRC005"
    name = "vague-quantity"
    category = "sourcing"
    severity = Severity.INFO
    default_enabled = False
    summary = "An unquantified 'some', 'many' or 'most' stands in for evidence (opt-in)."
    why = (
        "Encyclopedic and policy writing avoids 'many believe' and 'some claim' because the "
        "reader cannot check who or how many; news prose uses these words legitimately, so "
        "the rule is off unless selected."
    )
    fix_hint = "Give the number or name the group, or cite a source."
    examples = [
        Example("The film has many admirers across the country.\n", True),
        Example("Some 300 people attended the meeting.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        extra = tuple(ctx.config.rules_path)
        for s, r in zip(doc.sentences, document_sourcing(doc, extra), strict=True):
            if _is_heading(s) or r.attributed or r.vague or r.weasel:
                continue
            m = VAGUE_QUANTITY.search(s.text)
            if m:
                yield ctx.at_block(
                    s.block,
                    s.start + m.start(),
                    s.start + m.end(),
                    f"Vague quantity ('{m.group(0)}'); the reader cannot check how many or who. "
                    "Give the number, name the group, or cite a source.",
                )


CHECKS = [
    UnsourcedSpeculation,
    VagueAttribution,
    UnsupportedCertainty,
    UnsourcedArticle,
    VagueQuantity,
]
