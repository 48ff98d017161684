"""Lazy spaCy pipeline: ``spacy.blank("en")`` + sentencizer by default, loaded once.

With the blank pipeline, sentences and tokens come from :mod:`audit.tokens`, which runs
spaCy's tokenizer once per distinct whitespace-delimited chunk and mirrors its sentencizer;
a trained pipeline (``model`` in the config) runs in full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .document import Sentence, Token
from .errors import ConfigError

if TYPE_CHECKING:
    from .document import Document

_PIPELINES: dict[str, object] = {}


def get_pipeline(model: str | None = None):
    """Return the spaCy pipeline for ``model`` (``None`` = blank English), loading it once."""
    key = model or ""
    nlp = _PIPELINES.get(key)
    if nlp is not None:
        return nlp
    import spacy  # heavy: imported only when the first document is analysed

    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer"])
        except OSError:
            raise ConfigError(
                f"spaCy pipeline {model!r} is configured but not installed; install it with "
                f"'python -m spacy download {model}' or remove 'model' from the config"
            ) from None
        if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer")
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    nlp.max_length = 10**8
    _PIPELINES[key] = nlp
    return nlp


def _is_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def analyse(document: Document, model: str | None = None) -> None:
    """Split every block of ``document`` into sentences and tokens."""
    if not model:
        from .tokens import ChunkTokenizer

        ChunkTokenizer.shared().analyse(document)
        return
    nlp = get_pipeline(model)
    texts = [b.text for b in document.blocks]
    sentences: list[Sentence] = []
    # Trained pipelines use far more memory per batch.
    for block, sdoc in zip(document.blocks, nlp.pipe(texts, batch_size=16), strict=True):
        document.model_doc_cache[block.index] = sdoc
        block.sentences = []
        for span in sdoc.sents:
            toks = [
                Token(t.text, t.idx, t.idx + len(t.text), _is_word(t.text), t.is_stop, t.lower_)
                for t in span
                if not t.is_space
            ]
            if not toks:
                continue
            sent = Sentence(block, len(sentences), toks[0].start, toks[-1].end, toks)
            block.sentences.append(sent)
            sentences.append(sent)
    document.sentences = sentences
