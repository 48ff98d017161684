"""The memoised tokenizer equals spaCy's blank English pipeline + sentencizer exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.inputs import parse
from audit.nlp import _is_word, get_pipeline
from audit.tokens import ChunkTokenizer
from conftest import BBC, need


def spacy_sentences(text: str, path: str = "t.txt"):
    """Sentences and tokens as spaCy's own pipeline produces them."""
    doc = parse(text, path=path)
    nlp = get_pipeline(None)
    out = []
    for block, sdoc in zip(doc.blocks, nlp.pipe([b.text for b in doc.blocks]), strict=True):
        for span in sdoc.sents:
            toks = [
                (t.text, t.idx, _is_word(t.text), t.is_stop, t.lower_)
                for t in span
                if not t.is_space
            ]
            if toks:
                out.append((block.index, toks))
    return out


def our_sentences(text: str, path: str = "t.txt"):
    doc = parse(text, path=path)
    ChunkTokenizer.shared().analyse(doc)
    return [
        (s.block.index, [(t.text, t.start, t.is_word, t.is_stop, t.lower) for t in s.tokens])
        for s in doc.sentences
    ]


TRICKY = [
    'He left.\n"Fine," she said. Then: nothing!? Really… yes.',
    "Prices rose 3.5% in the U.S. at 9 a.m. on Monday, don't you know :) ok",
    "  Leading spaces.  Two spaces here.\tA tab.\u00a0A no-break space. End",
    "Visit https://example.org/a.b?c=d now. Mr. Smith (aged 40) said so.\u3002Next",
    "Line one ends here.\n\n\n   Line two starts late!!! And \u201cquoted.\u201d Done",
]


@pytest.mark.parametrize("text", TRICKY)
def test_equal_to_spacy_on_tricky_text(text):
    assert our_sentences(text) == spacy_sentences(text)


def test_gopher_token_texts_equal_spacy_tokenizer():
    tokenizer = get_pipeline(None).tokenizer
    for text in TRICKY:
        expected = [w for w in (t.text.strip() for t in tokenizer(text)) if w]
        assert ChunkTokenizer.shared().token_texts(text) == expected


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            list("ab XY.!?\"'\u201c\u201d()-:;,\n\t\u00a0") + ["Mr.", "U.S.", "don't", "...", ":)"]
        ),
        min_size=1,
        max_size=40,
    ).map("".join)
)
def test_equal_to_spacy_on_generated_text(text):
    if not text.strip():
        return
    doc = parse(text, path="t.txt")
    tokenizer = get_pipeline(None).tokenizer
    ours = [t[0] for _, toks in our_sentences(text) for t in toks]
    whole = [t.text for b in doc.blocks for t in tokenizer(b.text) if not t.is_space]
    alone = [t.text for b in doc.blocks for c in b.text.split() for t in tokenizer(c)]
    if whole == alone:
        assert our_sentences(text) == spacy_sentences(text)
    else:
        # spaCy's special cases paired punctuation across a space; each chunk stands alone.
        assert ours == alone


def test_chunks_are_tokenized_on_their_own():
    # spaCy itself gives "a", ")", ":", ")", "@x" here: its special-case matcher pairs the
    # ")" before the space with the ":" after it, so ":)" is lost.
    ours = [t[0] for _, toks in our_sentences("a) :)@x") for t in toks]
    assert ours == ["a", ")", ":)", "@x"]


def test_equal_to_spacy_on_bbc_articles():
    files = sorted(need(BBC).rglob("*.txt"))[::10]
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert our_sentences(text) == spacy_sentences(text), path


def isolated(chunk: str):
    return tuple(
        (t.idx, t.text, t.lower_, _is_word(t.text), t.is_stop, t.is_punct)
        for t in get_pipeline(None).tokenizer(chunk)
    )


ABBREVIATIONS = ["cannot", "Mr", "goin", "Gonna", "I", "BBC", "McD", "said", "Ünal", "vs", "etc"]
OPENING = ["", '"', "“", "(", "'", "‘"]
CLOSING = ["", ",", ";", ":", "!", "?", ")", '"', "”", ".", "'", "’"]


@pytest.mark.parametrize("word", ABBREVIATIONS)
def test_shortcut_shapes_equal_spacy(word):
    tokenizer = ChunkTokenizer.shared()
    for a in OPENING:
        for b in CLOSING:
            chunk = a + word + b
            quick = tokenizer._shortcut(chunk)
            assert quick is None or quick == isolated(chunk), chunk


def test_known_chunks_equal_spacy_on_bbc_chunks():
    # In corpus order, so later chunks reuse the splits learnt from earlier ones.
    tokenizer = ChunkTokenizer()
    seen: dict[str, None] = {}
    for path in sorted(need(BBC).rglob("*.txt"))[::3]:
        seen.update(dict.fromkeys(path.read_text(encoding="utf-8", errors="replace").split()))
    quick = 0
    for chunk in seen:
        quick += tokenizer._shortcut(chunk) is not None
        tokenizer._ensure([chunk])
        assert tokenizer._cache[chunk] == isolated(chunk), chunk
    assert quick > 0.7 * len(seen)  # most chunks never reach spaCy


WORDS = ["cannot", "Mr", "goin", "I", "BBC", "McD", "said", "Dr", "etc", "Inc", "US", "dont"]
WORDS += ["Im", "its", "were", "ill", "2004", "1", "000", "s", "t", "ll", "O", "Ph", "D", "pm"]
WORDS += ["1,000", "2.5", "12,000,000", "0.5"]
WORDS += ["year-old", "40-year-old", "Mercedes-Benz", "e-mail", "hit-and-run", "U-turn", "co-op"]
WORDS += ["AB-CD", "vitamin-A", "ex-PM", "re-elected", "90-day", "Mid-Atlantic", "x-ray", "TV-am"]
WORDS += ["600m", "1.13bn", "5km", "12bn", "3pm", "8D", "10MB", "1990s", "2.5kg", "9am", "1st"]
OPENS = ["", '"', "“", "(", "'", "‘", "[", '("', "‘‘", "''", "$", "£", "(£"]
CLOSES = ["", ",", ";", ":", "!", "?", ")", '"', "”", ".", "'", "’", "]", '."', '",', '".']
CLOSES += [".)", "),", "...", "?!", "'s", "’s", ".'", ",'", "’.", ").", "%", "%.", "%)", "m"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(OPENS), st.sampled_from(WORDS), st.sampled_from(CLOSES)),
        min_size=1,
        max_size=30,
    )
)
def test_shaped_chunks_equal_spacy(parts):
    tokenizer = ChunkTokenizer()
    for pre, core, suf in parts:
        chunk = pre + core + suf
        tokenizer._ensure([chunk])
        assert tokenizer._cache[chunk] == isolated(chunk), chunk
