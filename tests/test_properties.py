"""Property tests: arbitrary text and Markdown never crash and give well-formed reports."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.engine import Auditor

AUDITOR = Auditor({"cache": False})
SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.sampled_from(
    "the the a could may analysts say Mayor said « » “quote” ” — - * # > ` ``` [x](y) <!-- --> "
    "YOU MAY ALSO LIKE pic.twitter.com/abc123 (@h) March 1, 2024 \n \n\n \t é 中文 🙂 ,".split(" ")
)
texty = st.lists(words, max_size=80).map(" ".join)
anything = st.text(max_size=400)
markdownish = st.lists(
    st.one_of(
        texty,
        st.builds(lambda t: f"# {t}", texty),
        st.builds(lambda t: f"```\n{t}\n```", texty),
        st.builds(lambda t: f"> {t}", texty),
        st.builds(lambda t: f"- {t}", texty),
        st.builds(lambda t: f"<!-- audit: ignore {t[:10]} -->", texty),
    ),
    max_size=12,
).map("\n\n".join)


def _check(text: str, path: str) -> None:
    report = AUDITOR.audit_text(text, path=path)
    again = AUDITOR.audit_text(text, path=path)
    assert report.to_dict() == again.to_dict()
    if report.error:
        return
    assert 0 <= report.score <= 100
    lines = text.split("\n")
    for f in report.findings:
        assert 1 <= f.line <= f.end_line <= len(lines), (f, len(lines))
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1
        assert 1 <= f.end_column <= len(lines[f.end_line - 1]) + 1


@SETTINGS
@given(anything)
def test_arbitrary_unicode_plain_text(text):
    _check(text, "p.txt")


@SETTINGS
@given(texty)
def test_word_soup_plain_text(text):
    _check(text, "w.txt")


@SETTINGS
@given(markdownish)
def test_markdown_documents(text):
    _check(text, "m.md")


@SETTINGS
@given(st.text(alphabet=st.sampled_from("<>/=\"' abpdivscript&;#x!-"), max_size=300))
def test_html_fragments(text):
    _check(text, "h.html")


def _greedy_duplicates(words: list[str], n: int) -> int:
    """datatrove's duplicate n-gram walk, written plainly (n-grams as word tuples)."""
    grams = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
    seen: set[tuple[str, ...]] = set()
    repeated = idx = 0
    while idx < len(grams):
        if grams[idx] in seen:
            repeated += len("".join(grams[idx]))
            idx += n
        else:
            seen.add(grams[idx])
            idx += 1
    return repeated


@SETTINGS
@given(st.lists(st.sampled_from(["a", "bb", "ccc", "d"]), max_size=60), st.integers(1, 7))
def test_duplicate_ngram_walk_matches_the_plain_algorithm(words, n):
    from itertools import accumulate

    from audit.checks.gopher import _walk

    lengths = list(accumulate(map(len, words), initial=0))
    every_position = range(len(words) - n + 1)
    assert _walk(words, n, lengths, every_position)[0] == _greedy_duplicates(words, n)


@SETTINGS
@given(st.lists(st.sampled_from(["a", "bb", "ccc", "d", "e", "ff"]), min_size=50, max_size=150))
def test_gopher_duplicate_fractions_match_the_plain_walk(words):
    from audit.checks.gopher import gopher_stats

    text = " ".join(words)
    stats = gopher_stats(text, words)
    for n in range(5, 11):
        assert stats[f"dup_{n}_gram_char_frac"] == _greedy_duplicates(words, n) / len(text)
    for n in (2, 3, 4):  # datatrove: the most common space-joined n-gram, first on ties
        grams = [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
        gram, count = Counter(grams).most_common(1)[0]
        assert stats[f"top_{n}_gram_char_frac"] == len(gram) * count / len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_normalise_matches_the_regex_definition(text):
    import re

    from audit.textutil import normalise

    expected = " ".join(re.sub(r"[^\w\s']+", " ", text.lower()).replace("'", "").split())
    assert normalise.__wrapped__(text) == expected
