"""Lexicon matching: the candidate-term prefilter finds exactly what the whole pattern finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit import lexicons

NAMES = ["hedges", "certainty", "vague_sources", "weasels", "cliches", "cta"]
FILLER = ["the", "report", "said", "on", "Monday", "it", "may", "be", "-", ",", ".", "’s", "\n"]


def spans(matches) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_finditer_equals_the_whole_pattern(name, data):
    terms = list(lexicons.lexicon(name))
    pieces = data.draw(
        st.lists(st.sampled_from(terms) | st.sampled_from(FILLER), min_size=1, max_size=12)
    )
    case = data.draw(st.sampled_from([str, str.upper, str.title]))
    text = case(" ".join(pieces))
    expected = spans(lexicons.compiled(name).finditer(text))
    assert spans(lexicons.finditer(name, text)) == expected


def test_every_term_is_found_on_its_own():
    for name in NAMES:
        for term in lexicons.lexicon(name):
            text = f"Then {term.replace('*', 'someone')} today."
            assert spans(lexicons.finditer(name, text)) == spans(
                lexicons.compiled(name).finditer(text)
            ), (name, term)
