"""Find a compiled rule's alerts in a document, scope by scope."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document
from ..lexicons import may_match
from .kinds import Rule, Unit, evaluate, fill
from .regexes import finditer

KIND_OF_SCOPE = {"heading": "heading", "paragraph": "paragraph", "list": "list",
                 "blockquote": "blockquote"}  # fmt: skip

NON_WORD = re.compile(r"[^\w]")


def units(doc: Document, rule: Rule) -> list[Unit]:
    """The pieces of ``doc`` a rule's scopes select (code is never included)."""
    out: list[Unit] = []
    negated = {KIND_OF_SCOPE.get(s, s) for s in rule.negated}
    for scope in rule.scopes:
        if scope == "sentence":
            for s in doc.sentences:
                if s.block.kind not in negated:
                    out.append(Unit(s.block, s.start, s.end))
        elif scope in KIND_OF_SCOPE:
            kind = KIND_OF_SCOPE[scope]
            out.extend(Unit(b, 0, len(b.text)) for b in doc.blocks if b.kind == kind)
        else:  # text, raw, summary and unknown scopes: all prose blocks
            out.extend(Unit(b, 0, len(b.text)) for b in doc.blocks if b.kind not in negated)
    return out


def _excepted(rule: Rule, observed: str) -> bool:
    ex = rule.compiled.get("except")
    return bool(ex and ex.match(observed))


def alerts(doc: Document, rule: Rule) -> Iterator[tuple]:
    """Yield (block, start, end, message) for every violation of ``rule`` in ``doc``."""
    kind = rule.kind
    if kind in ("consistency", "conditional", "metric"):
        yield from _document_level(doc, rule)
        return
    limit = rule.data.get("limit")
    emitted = 0
    for unit in units(doc, rule):
        text = unit.text
        found = list(_unit_alerts(rule, text))
        for start, end, message in found:
            if limit is not None and emitted >= int(limit):
                return  # Vale's `limit`: at most this many alerts per file
            emitted += 1
            yield unit.block, unit.start + start, unit.start + end, message


def _unit_alerts(rule: Rule, text: str) -> Iterator[tuple[int, int, str]]:
    kind = rule.kind
    keys = rule.compiled.get("keys")
    if keys is not None and not may_match(keys, text):
        return  # the text lacks the words every plain-word token needs
    if kind == "existence":
        for m in finditer(rule.compiled["re"], text):
            if m.end() == m.start():
                continue
            observed = m.group(0).strip()
            if _excepted(rule, observed):
                continue
            # Vale fills the message with the match as rendered: surrounding spaces kept,
            # runs of spaces collapsed as in the rendered (HTML) text it checks.
            yield m.start(), m.end(), fill(rule.message, re.sub(r"[ \t]{2,}", " ", m.group(0)))
    elif kind == "substitution":
        repl = rule.compiled["repl"]
        ignorecase = bool(rule.data.get("ignorecase", False))
        for m in finditer(rule.compiled["re"], text):
            idx = next((i for i, g in enumerate(m.groups()) if g is not None), None)
            if idx is None or idx >= len(repl):
                continue
            expected, observed = repl[idx], m.group(idx + 1).strip()
            if _same(expected, observed, ignorecase) or _excepted(rule, observed):
                continue
            message = rule.message
            action = rule.data.get("action") or {}
            if (
                isinstance(action, dict)
                and action.get("name") == "replace"
                and not action.get("params")
            ):
                options = expected.split("|")
                expected = _sentence(options)
                # The options come quoted; drop the message's own quotes around them.
                for spec in ("'%s'", '"%s"'):
                    if spec in message:
                        message = message.replace(spec, "%s", 1)
                        break
            yield m.start(idx + 1), m.end(idx + 1), fill(message, expected, observed)
    elif kind == "occurrence":
        count = sum(1 for _ in finditer(rule.compiled["re"], text))
        mx, mn = rule.data.get("max"), rule.data.get("min")
        if (mx is not None and count > int(mx)) or (mn is not None and count < int(mn)):
            yield 0, max(1, len(text)), fill(rule.message, str(count))
    elif kind == "repetition":
        alpha = bool(rule.data.get("alpha", False))
        ignorecase = bool(rule.data.get("ignorecase", False))
        prev = None
        for m in finditer(rule.compiled["re"], text):
            tok = m.group(0)
            key = tok.lower() if ignorecase else tok
            if prev is not None and key == prev[0] and (not alpha or tok.isalpha()):
                yield prev[1], m.end(), fill(rule.message, tok)
                prev = None
                continue
            prev = (key, m.start())
    elif kind == "capitalization":
        bad = _capitalization(rule, text)
        if bad:
            yield 0, len(text), fill(rule.message, text)


def _same(expected: str, observed: str, ignorecase: bool) -> bool:
    for option in expected.split("|"):
        if (option.lower() == observed.lower()) if ignorecase else option == observed:
            return True
    return False


def _sentence(options: list[str]) -> str:
    quoted = [f"'{o}'" for o in options]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} or {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", or " + quoted[-1]


def _capitalization(rule: Rule, text: str) -> bool:
    """Whether ``text`` violates the rule's capitalization style."""
    style = rule.compiled["match"]
    exceptions = set(str(e) for e in rule.data.get("exceptions", []) or [])
    words = text.split()
    if not words:
        return False
    if style == "$lower":
        return text != text.lower()
    if style == "$upper":
        return text != text.upper()
    if style not in ("$sentence", "$title"):
        return not re.match(style, text)
    indicators = rule.compiled["indicators"]
    small = {"a", "an", "the", "and", "but", "or", "for", "nor", "on", "at", "to", "from",
             "by", "of", "in", "with", "as", "vs", "vs."}  # fmt: skip
    for i, word in enumerate(words):
        clean = word.strip(".,;:!?()[]\"'")
        if not clean or clean in exceptions or not clean[0].isalpha():
            continue
        after_indicator = i > 0 and any(words[i - 1].endswith(ind) for ind in indicators)
        if style == "$sentence":
            if i == 0 or after_indicator:
                continue
            if clean[0].isupper() and not clean.isupper() and clean != "I":
                return True
        else:  # $title: every word but small ones capitalised
            if i > 0 and clean.lower() in small:
                continue
            if clean[0].islower():
                return True
    return False


def _document_level(doc: Document, rule: Rule) -> Iterator[tuple]:
    all_units = units(doc, rule)
    if rule.kind == "consistency":
        for left, right in rule.compiled["pairs"]:
            hits: dict[int, list[tuple]] = {0: [], 1: []}
            for unit in all_units:
                for side, rx in ((0, left), (1, right)):
                    for m in finditer(rx, unit.text):
                        hits[side].append(
                            (unit.block.source_offset(unit.start + m.start()), unit, m)
                        )
            if not hits[0] or not hits[1]:
                continue
            first0, first1 = min(h[0] for h in hits[0]), min(h[0] for h in hits[1])
            later = hits[1] if first0 < first1 else hits[0]
            for _, unit, m in sorted(later, key=lambda h: h[0]):
                yield (
                    unit.block,
                    unit.start + m.start(),
                    unit.start + m.end(),
                    fill(rule.message, m.group(0)),
                )
    elif rule.kind == "conditional":
        explained = set()
        for unit in all_units:
            for m in finditer(rule.compiled["second"], unit.text):
                explained.add(m.group(1) if m.groups() else m.group(0))
        for unit in all_units:
            for m in finditer(rule.compiled["first"], unit.text):
                term = m.group(1) if m.groups() else m.group(0)
                if term in explained or _excepted(rule, term):
                    continue
                start = m.start(1) if m.groups() else m.start()
                end = m.end(1) if m.groups() else m.end()
                yield unit.block, unit.start + start, unit.start + end, fill(rule.message, term)
    elif rule.kind == "metric":
        env = metric_variables(doc, rule.compiled["variables"])
        value = evaluate(rule.compiled["formula"], env)
        op, limit, _ = rule.compiled["condition"]
        if op(value, limit) and doc.blocks:
            yield None, 0, 0, fill(rule.message, f"{value:.2f}")


SYLLABLE_VARIABLES = frozenset({"syllables", "complex_words", "polysyllabic_words"})
LENGTH_VARIABLES = frozenset({"characters", "long_words"})


def metric_variables(doc: Document, names: frozenset[str] | None = None) -> dict[str, float]:
    """The document variables Vale's metric rules may use: all, or at least ``names``.

    Syllables and word lengths are counted only for formulas that use them.
    """
    env = doc.model_doc_cache.get("metric_variables")
    if env is None:
        blocks = doc.blocks
        doc.model_doc_cache["metric_variables"] = env = {
            "words": float(doc.words),
            "sentences": float(len(doc.sentences)),
            "paragraphs": float(len({b.paragraph for b in blocks if b.kind != "heading"})),
            "heading": float(sum(1 for b in blocks if b.kind == "heading")),
            "list": float(sum(1 for b in blocks if b.kind == "list")),
            "blockquote": float(sum(1 for b in blocks if b.kind == "blockquote")),
            "pre": 0.0,
        }
    wanted = SYLLABLE_VARIABLES | LENGTH_VARIABLES if names is None else names
    if "characters" not in env and not LENGTH_VARIABLES.isdisjoint(wanted):
        lengths = [len(t.text) for s in doc.sentences for t in s.tokens if t.is_word]
        env["characters"] = float(sum(lengths))
        env["long_words"] = float(sum(1 for n in lengths if n >= 7))
    if "syllables" not in env and not SYLLABLE_VARIABLES.isdisjoint(wanted):
        from ..readability_metrics import syllables_of

        lowers = [t.lower for s in doc.sentences for t in s.tokens if t.is_word]
        syll = syllables_of([w if w.isalnum() else NON_WORD.sub("", w) or "a" for w in lowers])
        polysyllables = float(sum(1 for n in syll if n >= 3))
        env["syllables"] = float(sum(syll))
        env["complex_words"] = env["polysyllabic_words"] = polysyllables
    return env
