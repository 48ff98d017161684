"""Repetition: repeated words, duplicate sentences and blocks, spun restatements, padding."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import chain, compress, count
from operator import and_, attrgetter, eq, not_
from typing import TYPE_CHECKING

from ..document import IS_WORD
from ..model import Finding, Fix, Severity
from ..textutil import STOP, normalise, sentence_content
from . import gopher
from .base import Check, Context, Example

if TYPE_CHECKING:
    from ..document import Block, Document, Sentence, Token

LOWER = attrgetter("lower")

# Doubles that English uses on purpose ("he had had enough", "that that is").
ALLOWED_DOUBLES = frozenset(
    [
        "had",
        "that",
        "is",
        "do",
        "bye",
        "no",
        "yeah",
        "ha",
        "hush",
        "tut",
        "boo",
        "knock",
        "chop",
        "pom",
        "bang",
        "very",
        "so",
    ]
)


def _collapse_fix(text: str, first_end: int, second_start: int, second_end: int) -> Fix:
    """Delete the second copy with the spaces after it ("the the shop" -> "the shop").

    When nothing but punctuation follows, delete the gap before it instead, so the line
    break or space before the copy is what goes ("the the." -> "the.").
    """
    end = second_end
    while end < len(text) and text[end] in " \t":
        end += 1
    if end > second_end:
        return Fix(second_start, end, "")
    return Fix(first_end, second_end, "")


LINKERS = frozenset(["and", "or", "for", "by", "to", "nor", "than", "after", "upon"])


class RepeatedWord(Check):
    code = "REP001"
    name = "repeated-word"
    category = "repetition"
    severity = Severity.WARNING
    summary = "A word or phrase is typed twice in a row ('the the', 'in the in the')."
    why = "Accidental doubles are the most common typo that spell-checkers miss."
    fix_hint = "Delete the second copy (safe automatic fix)."
    examples = [
        Example("We walked to the the station.", True),
        Example("They met in the in the morning.", True),
        Example("She had had enough of the delays.", False),
        Example("He said that that was wrong.", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        yield from repeated_across_lines(doc, ctx)
        for block in doc.blocks:
            words = block.tokens
            lows = [t.lower for t in words]
            size = len(words)
            # Only where a word recurs one to three words later can a double start.
            starts = sorted(
                {i for n in (1, 2, 3) for i in compress(count(), map(eq, lows, lows[n:]))}
            )
            resume = 0
            for i in starts:
                if i < resume:
                    continue
                hit = None
                for n in (3, 2, 1):
                    # Cheap test first: the first words of both copies must match.
                    if i + 2 * n > size or lows[i] != lows[i + n]:
                        continue
                    a, b = words[i : i + n], words[i + n : i + 2 * n]
                    if len(b) < n or not all(t.is_word for t in a + b):
                        continue
                    if [t.lower for t in a] != [t.lower for t in b]:
                        continue
                    if all(t.lower in ALLOWED_DOUBLES for t in a) or a[0].text[0].isdigit():
                        continue
                    # "time and time again", "Measure for Measure": idioms and titles.
                    if n > 1 and (a[0].lower in LINKERS or a[-1].lower in LINKERS):
                        continue
                    if b[0].text[:1].isupper() and not a[0].text[:1].isupper():
                        continue  # "lord Lord Falconer": a title before a name
                    # Reduplicated names ("Bora Bora", "Duran Duran") are capitalised twice.
                    if n == 1 and a[0].text[:1].isupper() and b[0].text[:1].isupper():
                        continue
                    hit = n
                    break
                if hit is None:
                    continue
                first, second = words[i : i + hit], words[i + hit : i + 2 * hit]
                phrase = block.text[first[0].start : first[-1].end]
                fix = _collapse_fix(
                    doc.text,
                    block.source_offset(first[-1].end),
                    block.source_offset(second[0].start),
                    block.source_offset(second[-1].end - 1) + 1,
                )
                yield ctx.at_block(
                    block,
                    first[0].start,
                    second[-1].end,
                    f"'{phrase}' is repeated; a doubled word reads as a typo. Delete one copy.",
                    fix=fix,
                )
                resume = i + 2 * hit


def repeated_across_lines(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Doubles split over two lines of one plain-text paragraph ('the' / 'the')."""
    blocks = doc.blocks
    for a, b in zip(blocks, blocks[1:], strict=False):
        if a.paragraph != b.paragraph or "heading" in (a.kind, b.kind):
            continue
        ta = [t for t in a.tokens if t.is_word][-3:]
        tb = [t for t in b.tokens if t.is_word][:3]
        if not ta or not tb or not a.text.endswith(ta[-1].text):
            continue
        for n in (3, 2, 1):
            if len(ta) < n or len(tb) < n:
                continue
            first, second = ta[-n:], tb[:n]
            if [t.lower for t in first] != [t.lower for t in second]:
                continue
            if all(t.lower in ALLOWED_DOUBLES for t in first) or first[0].text[0].isdigit():
                break
            start = a.source_offset(first[0].start)
            end = b.source_offset(second[-1].end - 1) + 1
            phrase = a.text[first[0].start : first[-1].end]
            yield ctx._make(
                doc,
                start,
                end,
                f"'{phrase}' is repeated across a line break; a doubled word reads as a typo. "
                "Delete one copy.",
                fix=_collapse_fix(
                    doc.text, a.source_offset(first[-1].end), b.source_offset(second[0].start), end
                ),
            )
            break


def _sentence_key(s: Sentence) -> str:
    return normalise(s.text)


def _is_quoted(s: Sentence) -> bool:
    t = s.text.strip()
    return t[:1] in "\"“‘'" or t[-1:] in "\"”’'" and t.count("\u201c") + t.count('"') > 0


def _duplicate_blocks(doc: Document) -> dict[int, Block]:
    """Map the index of each later copy of a block to its first occurrence (memoised)."""
    cached = doc.model_doc_cache.get("duplicate_blocks")
    if cached is not None:
        return cached
    doc.model_doc_cache["duplicate_blocks"] = dups = _find_duplicate_blocks(doc)
    return dups


def _find_duplicate_blocks(doc: Document) -> dict[int, Block]:
    first: dict[str, Block] = {}
    dups: dict[int, Block] = {}
    counts = Counter(normalise(b.text) for b in doc.blocks)
    for block in doc.blocks:
        key = normalise(block.text)
        words = key.split()
        short = len(words) < (6 if block.kind == "heading" else 4)
        if not key or short:
            continue
        if counts[key] == 2 and block.text.lstrip()[:1] in "\"“‘'":
            continue  # a quotation repeated once (a pull quote) is deliberate
        if key in first:
            dups[block.index] = first[key]
        else:
            first[key] = block
    return dups


def _block_delete_fix(doc: Document, block: Block) -> Fix:
    start, end = doc.line_span(block.line, block.end_line)
    return Fix(start, end, "")


class DuplicateBlock(Check):
    code = "REP002"
    name = "duplicate-block"
    category = "repetition"
    severity = Severity.ERROR
    summary = "A paragraph, heading or line appears again word for word."
    why = "Copy-pasted blocks pad the article and tell readers nobody edited it."
    fix_hint = "Delete the later copy (safe automatic fix)."
    examples = [
        Example(
            "Rain is expected across the north on Friday evening.\n\nFerries may be delayed.\n\n"
            "Rain is expected across the north on Friday evening.\n",
            True,
        ),
        Example("Rain is expected on Friday.\n\nThe rain will clear on Saturday.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for idx, original in _duplicate_blocks(doc).items():
            block = doc.blocks[idx]
            yield ctx.at_block(
                block,
                0,
                len(block.text),
                f"This {block.kind if block.kind != 'list' else 'list item'} repeats line "
                f"{original.line} word for word; duplicated blocks pad the article. "
                "Delete this copy.",
                related=[(original.line, original.end_line)],
                fix=_block_delete_fix(doc, block),
            )


class DuplicateSentence(Check):
    code = "REP003"
    name = "duplicate-sentence"
    category = "repetition"
    severity = Severity.WARNING
    summary = "A sentence appears again (ignoring case, spacing, quotes and punctuation)."
    why = "Repeating a sentence adds length, not information, and is a mark of padded copy."
    fix_hint = "Delete the later copy, or rewrite it if the point needs restating."
    options = {"min-words": 6}
    examples = [
        Example(
            "The council approved the new budget on Tuesday night. Critics objected.\n\n"
            "Later, the council approved the new budget on Tuesday night!\n",
            False,
        ),
        Example(
            "The council approved the new budget on Tuesday night. Critics objected.\n\n"
            "Residents were angry. The Council approved the new budget, on Tuesday night.\n",
            True,
        ),
        Example(
            '"We will not give up this fight," she said.\n\n'
            'The crowd chanted. "We will not give up this fight," she said.\n',
            False,
        ),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        min_words = int(ctx.option("min-words"))
        dup_blocks = _duplicate_blocks(doc)
        seen: dict[str, list[Sentence]] = defaultdict(list)
        for s in doc.sentences:
            if s.block.kind == "heading" or sum(map(IS_WORD, s.tokens)) < min_words:
                continue
            key = _sentence_key(s)
            seen[key].append(s)
        for copies in seen.values():
            if len(copies) < 2:
                continue
            # A quotation repeated once (a pull quote) is deliberate.
            if len(copies) == 2 and _is_quoted(copies[0]):
                continue
            first = copies[0]
            for s in copies[1:]:
                if s.block.index in dup_blocks:
                    continue  # the whole block is already reported
                block = s.block
                fix = None
                if len(block.sentences) > 1:
                    end = s.end
                    while end < len(block.text) and block.text[end] in " \t":
                        end += 1
                    fix = Fix(block.source_offset(s.start), block.source_offset(end - 1) + 1, "")
                else:
                    fix = _block_delete_fix(doc, block)
                yield ctx.at_sentence(
                    s,
                    f"This sentence repeats line {first.line}; repeated sentences pad the "
                    "article. Delete this copy.",
                    related=[(first.line, first.end_line)],
                    fix=fix,
                )


# --- near-duplicate (spun) passages -----------------------------------------------------

SIM_THRESHOLD = 0.4
EXTEND_THRESHOLD = 0.3
MIN_CONTENT = 5


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter) if inter else 0.0


def sentence_matches(
    doc: Document, threshold: float = SIM_THRESHOLD
) -> dict[int, list[tuple[int, float]]]:
    """For each sentence, the earlier sentences it restates, with content-word Jaccard.

    Candidates come from an inverted index of content words (no all-pairs scan). Common
    words (in over 10% of a long document's sentences) are not used to find candidates.
    """
    cache = doc.model_doc_cache.get(("near_dup", threshold))
    if cache is not None:
        return cache
    if threshold > EXTEND_THRESHOLD:
        # Derive stricter match sets from the loosest one instead of searching again.
        base = sentence_matches(doc, EXTEND_THRESHOLD)
        strict = {}
        for j, found in base.items():
            kept = [p for p in found if p[1] >= threshold]
            if kept:
                strict[j] = kept
        doc.model_doc_cache[("near_dup", threshold)] = strict
        return strict
    sets: list[frozenset[str] | None] = []
    for s, content in zip(doc.sentences, sentence_content(doc), strict=True):
        words = frozenset(content)
        sets.append(words if len(words) >= MIN_CONTENT and s.block.kind != "heading" else None)
    df: Counter[str] = Counter(chain.from_iterable(ws for ws in sets if ws))
    n_sent = sum(1 for ws in sets if ws)
    # Words in many sentences make poor candidates. A fixed cap (reached at 200 sentences;
    # a 4,000-word content-farm piece sits just under it) keeps the work per sentence the
    # same however long the article grows.
    common_cut = max(8, min(int(0.1 * n_sent), 20))
    index: dict[str, list[int]] = defaultdict(list)
    matches: dict[int, list[tuple[int, float]]] = {}
    for j, ws in enumerate(sets):
        if not ws:
            continue
        shared: Counter[int] = Counter()
        for w in ws:
            if df[w] <= common_cut:
                for i in index[w]:
                    shared[i] += 1
        found = []
        for i, k in shared.items():
            if k < 2:
                continue
            sim = _jaccard(sets[i], ws)
            if sim >= threshold:
                found.append((i, sim))
        if found:
            matches[j] = sorted(found, key=lambda p: (-p[1], p[0]))
        for w in ws:
            if df[w] <= common_cut:
                index[w].append(j)
    doc.model_doc_cache[("near_dup", threshold)] = matches
    return matches


def _ranges(lines: list[int], gap: int = 6) -> list[tuple[int, int]]:
    """Group sorted line numbers into ranges, splitting at gaps wider than ``gap``."""
    out: list[tuple[int, int]] = []
    for line in sorted(set(lines)):
        if out and line - out[-1][1] <= gap:
            out[-1] = (out[-1][0], line)
        else:
            out.append((line, line))
    return out


def restated_sections(doc: Document) -> list[dict]:
    """Runs of nearby sentences that restate an earlier passage (seed and extend).

    A run starts at a *seed*: a sentence with an earlier match of Jaccard ≥ ``SIM_THRESHOLD``.
    It grows through sentences matching an earlier sentence at ≥ ``EXTEND_THRESHOLD`` while
    they are at most ``MAX_GAP`` sentences apart; every match must lie before the run
    starts. A section needs ``MIN_RUN`` matched sentences, two of them seeds, covering at
    least 40% of its span.
    """
    cached = doc.model_doc_cache.get("sections")
    if cached is not None:
        return cached
    matches = sentence_matches(doc, EXTEND_THRESHOLD)
    sections: list[dict] = []
    run: list[int] = []
    best: dict[int, tuple[int, float]] = {}

    def close() -> None:
        # A section ends at its last strong match; weak trailing matches are noise.
        while run and best[run[-1]][1] < SIM_THRESHOLD:
            run.pop()
        if not run:
            return
        span = run[-1] - run[0] + 1
        seeds = sum(1 for j in run if best[j][1] >= SIM_THRESHOLD)
        sents = doc.sentences
        exact_only = all(_sentence_key(sents[j]) == _sentence_key(sents[best[j][0]]) for j in run)
        # Runs of word-for-word copies are reported as duplicate blocks and sentences.
        if len(run) >= MIN_RUN and seeds >= 2 and len(run) / span >= 0.4 and not exact_only:
            sections.append(
                {
                    "sentences": list(run),
                    "earlier": [best[j][0] for j in run],
                    "similarity": sum(best[j][1] for j in run) / len(run),
                }
            )
        run.clear()

    last_source = -1
    weak: list[int] = []
    for j in sorted(matches):
        limit = run[0] if run else j
        usable = [(i, sim) for i, sim in matches[j] if i < limit]
        if run and (j - run[-1] > MAX_GAP or not usable):
            close()
            usable = matches[j]
        if not usable:
            continue
        exact = [p for p in usable if p[1] >= EXACT]
        if run:
            # Align: a restatement follows its source in order, give or take local
            # reordering. An exact copy pins the alignment; a jump back ends the run.
            onward = [p for p in usable if p[0] >= last_source - BACKTRACK]
            near = [p for p in onward if p[0] <= last_source + FORWARD]
            if onward and not near and not exact and len(run) >= MIN_RUN:
                continue  # a stray match far ahead of the alignment: a gap, not a break
            onward = near
            if exact:
                if exact[0][0] < last_source - BACKTRACK:
                    close()
                usable = exact
            elif len(run) >= MIN_RUN:
                if onward:
                    usable = onward
                else:
                    close()
        best[j] = max(usable, key=lambda p: (p[1], -p[0]))
        if run or best[j][1] >= SIM_THRESHOLD:
            if not run:
                # Weak matches just before the first seed belong to the same passage.
                # They must follow the seed's source: a restatement comes after what it retells.
                run.extend(w for w in weak if j - w <= PREFIX_GAP and w > best[j][0])
                weak.clear()
            run.append(j)
            last_source = best[j][0]
        else:
            weak.append(j)
    close()
    merged: list[dict] = []
    for sec in sections:
        # Consecutive restated paragraphs form one section-level finding.
        if (
            merged
            and sec["sentences"][0] - merged[-1]["sentences"][-1] <= MERGE_GAP
            and sec["earlier"][0] >= merged[-1]["earlier"][-1] - BACKTRACK
            and max(sec["earlier"]) < merged[-1]["sentences"][0]
        ):
            prev = merged[-1]
            n1, n2 = len(prev["sentences"]), len(sec["sentences"])
            prev["similarity"] = (prev["similarity"] * n1 + sec["similarity"] * n2) / (n1 + n2)
            prev["sentences"] += sec["sentences"]
            prev["earlier"] += sec["earlier"]
        else:
            merged.append(sec)
    doc.model_doc_cache["sections"] = merged
    return merged


MIN_RUN = 3
MAX_GAP = 6
MERGE_GAP = 8
BACKTRACK = 12
FORWARD = 20
PREFIX_GAP = 3
EXACT = 0.9


class RestatedPassage(Check):
    code = "REP004"
    name = "restated-passage"
    category = "repetition"
    severity = Severity.ERROR
    summary = "A passage retells an earlier passage in other words (spun or padded copy)."
    why = (
        "Content farms pad articles by telling the same story again with synonyms and "
        "reordered clauses; readers get no new information."
    )
    fix_hint = "Cut the restatement, or merge any new facts it holds into the first telling."
    options = {"min-sentences": MIN_RUN}
    examples = [
        Example(
            "The mayor opened the new bridge over the river Tyne on Monday morning. "
            "Hundreds of residents gathered at the bridge to watch the ribbon cutting. "
            "The steel bridge cost forty million pounds and took three years to build.\n\n"
            "Schools will close early on Friday.\n\n"
            "On Monday morning the mayor opened a new bridge across the Tyne river. "
            "Residents in their hundreds gathered to watch the ribbon cutting at the bridge. "
            "Building the steel bridge took three years and cost forty million pounds.\n",
            True,
        ),
        Example(
            "The mayor opened the new bridge on Monday. Residents watched the ceremony.\n\n"
            "Traffic on the old crossing fell by half within a week, officials said. "
            "Local shops reported more visitors.\n",
            False,
        ),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        sents = doc.sentences
        for sec in restated_sections(doc):
            if len(sec["sentences"]) < int(ctx.option("min-sentences")):
                continue
            first, last = sents[sec["sentences"][0]], sents[sec["sentences"][-1]]
            ranges = _ranges([sents[i].line for i in sec["earlier"]])
            # Headings inside the restatement belong to it; extend the span to the line before.
            start_line = first.line
            prev_block = first.block.index - 1
            while prev_block >= 0 and doc.blocks[prev_block].kind == "heading":
                if doc.blocks[prev_block].end_line < start_line - 2:
                    break
                start_line = doc.blocks[prev_block].line
                prev_block -= 1
            end_line = last.end_line
            where = ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in ranges)
            start, end = doc.line_span(start_line, end_line)
            f = ctx._make(
                doc,
                start,
                start + len(doc.text[start:end].rstrip("\r\n")),
                f"Lines {start_line}–{end_line} restate lines {where} in other words "
                f"({len(sec['sentences'])} sentences, mean similarity {sec['similarity']:.2f}); "
                "a retold story adds length, not information. Cut it or merge new facts "
                "into the first telling.",
                related=ranges,
                fix=Fix(start, end, "", safe=False),
            )
            yield f


class RestatedSentence(Check):
    code = "REP005"
    name = "restated-sentence"
    category = "repetition"
    severity = Severity.INFO
    summary = "A single sentence closely rewords an earlier one."
    why = "Saying the same thing twice in other words is padding."
    fix_hint = "Keep the clearer of the two sentences."
    options = {"min-similarity": 0.5, "warning-similarity": 0.6}
    examples = [
        Example(
            "The company reported record profits of ten million pounds in the third quarter.\n\n"
            "Analysts were surprised.\n\nIn the third quarter the company reported profits of "
            "ten million pounds, a record.\n",
            True,
        ),
        Example("The company reported record profits.\n\nIts shares rose sharply.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        matches = sentence_matches(doc, SIM_THRESHOLD)
        in_sections = {j for sec in restated_sections(doc) for j in sec["sentences"]}
        exact = {}
        for s in doc.sentences:
            exact.setdefault(_sentence_key(s), s.index)
        limit = float(ctx.option("min-similarity"))
        for j, found in sorted(matches.items()):
            s = doc.sentences[j]
            if j in in_sections or exact.get(_sentence_key(s)) != j:
                continue  # part of a section, or an exact copy reported by REP003
            i, sim = found[0]
            if sim < limit or normalise(doc.sentences[i].text) == normalise(s.text):
                continue
            first = doc.sentences[i]
            strong = sim >= float(ctx.option("warning-similarity"))
            yield ctx.at_sentence(
                s,
                f"This sentence rewords line {first.line} (similarity {sim:.2f}); saying it "
                "twice is padding. Keep one.",
                related=[(first.line, first.end_line)],
                severity=Severity.WARNING if strong else Severity.INFO,
            )


def near_duplicate_fraction(doc: Document) -> float:
    """Share of sentence characters that restate earlier text.

    Counted: every sentence inside a restated section, and every other sentence with an
    earlier match of Jaccard ≥ ``SIM_THRESHOLD`` (exact copies included).
    """
    total = sum(len(s.text) for s in doc.sentences)
    if not total:
        return 0.0
    marked = set(sentence_matches(doc, SIM_THRESHOLD))
    for sec in restated_sections(doc):
        marked.update(range(sec["sentences"][0], sec["sentences"][-1] + 1))
    return sum(len(doc.sentences[j].text) for j in marked) / total


def visible_text(doc: Document) -> str:
    """The text the statistics are computed on: raw plain text, or visible blocks otherwise."""
    if doc.format == "txt":
        return gopher.normalise_blank_lines(doc.text.replace("\r\n", "\n"))
    return "\n\n".join(b.text for b in doc.blocks)


NEAR_DUP_LIMIT = 0.2


class RepetitiveDocument(Check):
    code = "REP006"
    name = "repetitive-document"
    category = "repetition"
    severity = Severity.ERROR
    summary = (
        "Document-level repetition statistics (Gopher, near-duplicates) are over their limits."
    )
    why = (
        "Web-scale quality filters (Gopher, FineWeb) drop pages whose text repeats this much; "
        "so do readers."
    )
    fix_hint = "Remove repeated and restated passages until the statistics fall under the limits."
    options = {"near-duplicate-limit": NEAR_DUP_LIMIT}
    examples = RestatedPassage.examples[:1] + [
        Example("One line of news.\n\nAnother different line of news with more words.\n", False)
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        from ..tokens import ChunkTokenizer

        text = visible_text(doc)
        words = ChunkTokenizer.shared().token_texts(text)
        stats = gopher.gopher_stats(text, words)
        near = near_duplicate_fraction(doc)
        for k, v in stats.items():
            ctx.metrics[f"gopher_{k}"] = v
        ctx.metrics["near_duplicate_char_frac"] = near
        over = gopher.exceeded(stats)
        limit = float(ctx.option("near-duplicate-limit"))
        reasons = [f"{k} {stats[k]:.2f} > {gopher.THRESHOLDS[k]:.2f}" for k in over]
        if near > limit:
            reasons.insert(0, f"near-duplicate text {near:.0%} > {limit:.0%}")
        if not reasons:
            return
        severity = Severity.ERROR if near > limit else Severity.WARNING
        yield ctx.at_document(
            doc,
            f"The article repeats itself ({'; '.join(reasons)}); heavy repetition is the mark "
            "of padded or spun copy. Cut the repeated material.",
            severity=severity,
        )


def _word_runs(sentences: list[Sentence]) -> list[tuple[Sentence, list[Token]]]:
    """Each sentence's runs of word tokens (phrases never cross punctuation)."""
    runs: list[tuple[Sentence, list[Token]]] = []
    for s in sentences:
        run: list[Token] = []
        for t in s.tokens:
            if t.is_word:
                run.append(t)
            elif run:
                runs.append((s, run))
                run = []
        if run:
            runs.append((s, run))
    return runs


class OverusedPhrase(Check):
    code = "REP007"
    name = "overused-phrase"
    category = "repetition"
    severity = Severity.INFO
    summary = "A phrase of three to five words recurs far more often than normal."
    why = (
        "Stock phrases repeated throughout a piece ('the geopolitical landscape') numb the reader."
    )
    fix_hint = "Vary the wording or cut the phrase where it adds nothing."
    options = {"min-count": 4, "per-1000-words": 4.0}
    examples = [
        Example(
            "The geopolitical landscape is shifting fast. Leaders now study the geopolitical "
            "landscape daily. Markets react to the geopolitical landscape. Nobody can predict "
            "the geopolitical landscape for long.\n",
            True,
        ),
        Example("The landscape is changing. Leaders now study maps daily.\n", False),
    ]

    def run(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        min_count = int(ctx.option("min-count"))
        body = [s for s in doc.sentences if s.block.kind != "heading"]
        # Apriori: a 4-gram can only recur min_count times if its leading 3-gram does.
        frequent: set[tuple[str, ...]] | None = None
        counts: Counter[tuple[str, ...]] = Counter()
        where: dict[tuple[str, ...], list[tuple[Sentence, int, int]]] = defaultdict(list)
        # Candidates first: an n-gram that occurs fewer than min_count times in the whole
        # text can never be reported. Sentence ends are None; n-grams holding None or
        # punctuation (which would cross them) are never candidates.
        flat: list[str | None] = []
        is_word: list[bool] = []
        for s in body:
            flat += map(LOWER, s.tokens)
            flat.append(None)
            is_word += map(IS_WORD, s.tokens)
            is_word.append(False)
        breaks = set(compress(flat, map(not_, is_word)))  # None and punctuation
        runs: list[tuple[Sentence, list]] | None = None  # built when a candidate exists
        starts: list[int] | None = None  # where the (n-1)-gram reached min_count
        for n in (3, 4, 5):
            if starts is None:
                # A phrase recurs min_count times only where each of its words does.
                words = Counter(flat)
                for mark in breaks:
                    words[mark] = 0
                often = list(map(min_count.__le__, map(words.__getitem__, flat)))
                pairs = list(map(and_, often, often[1:]))
                starts = list(compress(count(), map(and_, pairs, often[2:])))
            else:
                # An n-gram occurs at most as often as its leading (n-1)-gram.
                starts = [p for p in starts if p + n <= len(flat)]
            grams = [tuple(flat[p : p + n]) for p in starts]
            occurrences = Counter(grams)
            enough = list(map(min_count.__le__, map(occurrences.__getitem__, grams)))
            candidates = {
                k
                for k in set(compress(grams, enough))
                if breaks.isdisjoint(k)
                # Apriori: the leading (n-1)-gram must itself be frequent, or end in a stop
                # word (those still lead to longer phrases).
                and (frequent is None or k[:-1] in frequent or k[-2] in STOP)
            }
            if candidates and runs is None:
                runs = _word_runs(body)
            level: Counter[tuple[str, ...]] = Counter()
            for s, run in runs if candidates else ():
                seen_here: set[tuple[str, ...]] = set()
                lows = [t.lower for t in run]
                for i in range(len(run) - n + 1):
                    key = tuple(lows[i : i + n])
                    if key not in candidates or key in seen_here or key[-1] in STOP:
                        continue
                    gram = run[i : i + n]
                    content = [t for t in gram if t.lower not in STOP and not t.is_stop]
                    if len(content) < 2 or all(t.text[:1].isupper() for t in content):
                        continue  # names and titles recur by necessity
                    seen_here.add(key)
                    level[key] += 1
                    where[key].append((s, gram[0].start, gram[-1].end))
            counts.update(level)
            frequent = {k for k, c in level.items() if c >= min_count}
            starts = list(compress(starts, enough))
        per = 1000.0 / max(doc.words, 1)
        rate_limit = float(ctx.option("per-1000-words"))
        reported: list[tuple[str, ...]] = []
        for key, n in sorted(counts.items(), key=lambda kv: (-len(kv[0]), -kv[1], kv[0])):
            if n < min_count or n * per < rate_limit:
                continue
            if any(" ".join(key) in " ".join(r) for r in reported):
                continue  # a sub-phrase of one already reported
            reported.append(key)
            s, a, b = where[key][min_count - 1]
            yield ctx.at_block(
                s.block,
                a,
                b,
                f"'{s.block.text[a:b]}' appears {n} times ({n * per:.1f} per 1,000 words); a "
                "stock phrase repeated this often reads as padding. Vary or cut it.",
                related=[(w[0].line, w[0].end_line) for w in where[key][: min_count - 1]],
            )


CHECKS = [
    RepeatedWord,
    DuplicateBlock,
    DuplicateSentence,
    RestatedPassage,
    RestatedSentence,
    RepetitiveDocument,
    OverusedPhrase,
]
