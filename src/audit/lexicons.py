"""Word lists that checks use, kept as YAML data under ``rules/lexicons`` so users can extend them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from .errors import RuleError


def builtin_rules_dir() -> Path:
    """The built-in ``rules`` folder: inside the wheel, or the checkout's top level."""
    here = Path(__file__).resolve().parent
    packaged = here / "rules"
    if packaged.is_dir():
        return packaged
    # Editable installs and source checkouts keep the packs at the repository root.
    return here.parent.parent / "rules"


def load_yaml(path: Path) -> object:
    """Safely load one YAML file, reporting the file and line of a syntax error."""
    return read_yaml(path)[1]


def read_yaml(path: Path) -> tuple[str, object]:
    """The text of one YAML file and its safely loaded data (errors as in ``load_yaml``)."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file ({exc})") from None
    try:
        # libyaml's loader (shipped in PyYAML's wheels) parses ~10x faster when present.
        return text, yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RuleError(f"{path}{where}: invalid YAML: {problem}") from None


@cache
def _load(name: str, extra_dirs: tuple[str, ...]) -> tuple[str, ...]:
    terms: list[str] = []
    dirs = [builtin_rules_dir() / "lexicons"] + [Path(d) / "lexicons" for d in extra_dirs]
    found = False
    for folder in dirs:
        path = folder / f"{name}.yml"
        if not path.is_file():
            continue
        found = True
        data = load_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
            raise RuleError(f"{path}: a lexicon needs a 'terms' list")
        for term in data["terms"]:
            if not isinstance(term, str) or not term.strip():
                raise RuleError(f"{path}: lexicon term {term!r} is not a non-empty string")
            terms.append(term.strip())
    if not found:
        raise RuleError(f"lexicon '{name}' not found in {', '.join(str(d) for d in dirs)}")
    return tuple(dict.fromkeys(terms))


def lexicon(name: str, extra_dirs: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Terms of lexicon ``name``: the built-in list plus any user ``lexicons/<name>.yml``."""
    return _load(name, tuple(extra_dirs))


def term_pattern(terms: tuple[str, ...] | list[str]) -> str:
    """A regex alternation matching any term as whole words; ``*`` in a term means one word."""
    alts = []
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        parts = [r"\w+" if w == "*" else re.escape(w) for w in term.split()]
        body = r"\s+".join(parts).replace("\\'", "['’]").replace("'", "['’]")
        alts.append(body)
    return r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])"


@cache
def compiled(name: str, extra_dirs: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A compiled case-insensitive pattern for lexicon ``name``."""
    return re.compile(term_pattern(lexicon(name, extra_dirs)), re.IGNORECASE)


WORD_RUN = re.compile(r"\w+")


@cache
def _term_index(name: str, extra_dirs: tuple[str, ...] = ()) -> TermIndex | None:
    return index_terms(lexicon(name, extra_dirs))


# (the key words as a set, key word -> [(the term's words, its plain text or None, term)])
TermIndex = tuple[frozenset[str], dict[str, list[tuple[frozenset[str], str | None, str]]]]


def index_terms(terms) -> TermIndex | None:
    """Each term's words and plain text, filed under its rarest-looking word.

    Every word of a term must stand as a whole word run wherever the term matches, so a
    text lacking one of a term's words cannot match that term; and a term without
    wildcards or apostrophes (which match ' or ’) must appear in the lowercased,
    single-spaced text. None if a term has no word at all.
    """
    from .textutil import STOP

    index: dict[str, list[tuple[frozenset[str], str | None, str]]] = {}
    for term in terms:
        words = term.lower().split()
        runs = [w for word in words if word != "*" for w in WORD_RUN.findall(word)]
        if not runs:
            return None
        key = max(runs, key=lambda w: (w not in STOP, len(w)))
        plain = None if "*" in words or "'" in term or "’" in term else " ".join(words)
        index.setdefault(key, []).append((frozenset(runs), plain, term))
    return frozenset(index), index


@lru_cache(maxsize=4096)
def word_set(text: str) -> frozenset[str]:
    """The lowercase word runs of ``text`` (shared by the checks that scan one sentence)."""
    return frozenset(WORD_RUN.findall(text.lower()))


@lru_cache(maxsize=4096)
def spaced_lower(text: str) -> str:
    """``text`` lowercased with every whitespace run made one space."""
    return " ".join(text.lower().split())


def finditer(name: str, text: str, extra_dirs: tuple[str, ...] = ()) -> Iterator[re.Match[str]]:
    """Matches of lexicon ``name`` in ``text``.

    Only the terms that can occur in the text (``candidates``) are searched for: the
    others cannot match anywhere, so the matches are those of the whole lexicon's pattern,
    found without running its long alternation.
    """
    index = _term_index(name, extra_dirs)
    if index is None:
        return compiled(name, extra_dirs).finditer(text)
    found = candidates(index, text)
    if not found:
        return iter(())
    return _subpattern(found).finditer(text)


@cache
def key_words(names: tuple[str, ...], extra_dirs: tuple[str, ...] = ()) -> frozenset[str] | None:
    """Words one of which a text needs for any term of these lexicons to match, or None.

    A text sharing none of them can skip all the lexicons at once; None when a lexicon
    has a term without words (which no word test can rule out).
    """
    keys: set[str] = set()
    for name in names:
        index = _term_index(name, extra_dirs)
        if index is None:
            return None
        keys.update(index[0])
    return frozenset(keys)


@lru_cache(maxsize=2048)
def _subpattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(term_pattern(terms), re.IGNORECASE)


def candidates(index: TermIndex, text: str) -> tuple[str, ...]:
    """The indexed terms that could match ``text`` (its words, then its plain text), sorted."""
    words = word_set(text)
    keys, terms = index
    found = [entry for key in keys & words for entry in terms[key] if entry[0] <= words]
    if not found:
        return ()
    spaced = spaced_lower(text) if any(plain is not None for _, plain, _ in found) else ""
    return tuple(sorted(term for _, plain, term in found if plain is None or plain in spaced))


def may_match(index: TermIndex, text: str) -> bool:
    """Whether some indexed term could match ``text`` (see ``candidates``)."""
    return bool(candidates(index, text))
