"""Per-article work of a corpus run: audit, shingle, fingerprint blocks (picklable)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from ..config import Config
from ..engine import Auditor
from ..textutil import content_words, normalise
from .minhash import signature

_AUDITOR: dict[int, Auditor] = {}


@dataclass
class ArticleResult:
    """Everything the corpus stage needs about one article; small and picklable."""

    path: str
    report: dict
    signature: list[int] = field(default_factory=list)
    blocks: list[tuple[str, int, str]] = field(default_factory=list)  # (hash, line, text)
    words: int = 0


def _auditor(config: Config) -> Auditor:
    key = id(config)
    if key not in _AUDITOR:
        _AUDITOR.clear()
        _AUDITOR[key] = Auditor(config)
    return _AUDITOR[key]


def analyse_article(path: str, config: Config) -> ArticleResult:
    """Audit one article and compute its MinHash signature and block fingerprints."""
    auditor = _auditor(config)
    report = auditor.audit_file(path)
    result = ArticleResult(path=path, report=report.to_dict(), words=report.words)
    doc = auditor.last_document
    if report.error or doc is None or not doc.sentences:
        return result
    words = [w for s in doc.sentences for w in content_words(s.tokens)]
    shingles = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    result.signature = signature(shingles)
    for block in doc.blocks:
        key = normalise(block.text)
        if len(key.split()) >= 4:
            digest = hashlib.blake2b(key.encode(), digest_size=8).hexdigest()
            result.blocks.append((digest, block.line, block.text[:300]))
    return result
